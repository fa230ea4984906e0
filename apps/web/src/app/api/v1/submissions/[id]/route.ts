import { getSubmissionView } from "@arbiter/core";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** One submission with its per-test results; 404 when missing or someone else's. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id } = await params;
    const view = await getSubmissionView(getDb(), user, id);
    return Response.json(view, { headers: { "cache-control": "no-store" } });
  });
}
