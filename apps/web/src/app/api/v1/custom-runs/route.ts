import { AppError, createCustomRun, enforceCustomRunRateLimit } from "@arbiter/core";
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
    // A browser cannot send JSON cross-site without a CORS preflight (which we never
    // answer), so requiring it keeps other sites from running code with a student's cookie.
    if (!request.headers.get("authorization") && !isJson(request)) {
      throw new AppError("bad_request", "Send the run as JSON (Content-Type: application/json).");
    }
    await enforceCustomRunRateLimit(getRateLimitRedis(), user.id);
    const body = await readJsonBody(request);
    const { id, enqueued } = await createCustomRun(getDb(), getJudgeQueue(), user, body);
    return Response.json({ id, enqueued }, { status: 202, headers: { location: `/api/v1/custom-runs/${id}` } });
  });
}

function isJson(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() === "application/json";
}
