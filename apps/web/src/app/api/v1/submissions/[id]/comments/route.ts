import { addSubmissionComment, listSubmissionComments } from "@arbiter/core/courses";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

interface Params {
  params: Promise<{ id: string }>;
}

/** Staff comment: `{ line?, body }` → 201 `{ id }` (403 for everyone else who can read it). */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id } = await params;
    return Response.json(await addSubmissionComment(getDb(), user, id, await readJsonBody(request)), { status: 201 });
  });
}

/** The comments, for whoever may read the submission (its owner included). */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id } = await params;
    return Response.json(await listSubmissionComments(getDb(), user, id), { headers: { "cache-control": "no-store" } });
  });
}
