import { listClarifications, postClarification } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

interface Params {
  params: Promise<{ contest: string }>;
}

/** Ask the jury `{ problem?, text }` (from the jury: an announcement) → 201 `{ id }`. */
export async function POST(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest } = await params;
    return Response.json(await postClarification(getDb(), user, contest, await readJsonBody(request)), { status: 201 });
  });
}

/** The clarifications the caller may see, newest first (the jury also gets the unanswered count). */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest } = await params;
    return Response.json(await listClarifications(getDb(), user, contest), {
      headers: { "cache-control": "no-store" },
    });
  });
}
