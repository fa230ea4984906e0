import { createCustomRun, enforceCustomRunRateLimit } from "@arbiter/core";
import { authenticateRequest } from "@/server/auth";
import { getDb, getJudgeQueue } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";
import { getRateLimitRedis } from "@/server/rateLimit";

export const dynamic = "force-dynamic";

/**
 * Run code on your own input without submitting: `{ problem, language, source, input }`
 * → 202 `{ id, enqueued }`; poll `GET /api/v1/custom-runs/:id` until `status` is "done".
 * `enqueued: false` means the run is saved and starts when the judge is reachable again.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    // Read first: a refused body (415, 413) must not spend a run from the budget.
    const body = await readJsonBody(request);
    await enforceCustomRunRateLimit(getRateLimitRedis(), user.id);
    const { id, enqueued } = await createCustomRun(getDb(), getJudgeQueue(), user, body);
    return Response.json({ id, enqueued }, { status: 202, headers: { location: `/api/v1/custom-runs/${id}` } });
  });
}
