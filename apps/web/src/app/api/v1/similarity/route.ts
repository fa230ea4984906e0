import { startSimilarityCheck } from "@arbiter/core/similarity";
import { authenticateRequest } from "@/server/auth";
import { getDb, getSimilarityQueue } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * Start a similarity check (staff of the course or contest):
 * `{ assignment: "{course}/{assignment}" | contest, problem, scope?, ignore?, threshold? }`
 * → 202 `{ id, notice? }`. The worker runs it; poll `GET /api/v1/similarity/{id}`.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const started = await startSimilarityCheck(getDb(), getSimilarityQueue(), user, await readJsonBody(request));
    return Response.json(started.notice ? started : { id: started.id }, { status: 202 });
  });
}
