import {
  createSubmission,
  enforceSubmissionRateLimit,
  listSubmissionPage,
  submissionFiltersSchema,
} from "@arbiter/core";
import { authenticateRequest } from "@/server/auth";
import { getDb, getJudgeQueue } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";
import { announceContestChange } from "@/server/lifecycle";
import { getRateLimitRedis } from "@/server/rateLimit";

export const dynamic = "force-dynamic";

/**
 * Submit a solution: `{ problem, language, source, assignment? }` → 202 `{ id, notice? }`
 * (403 outside the assignment's course, 409 when it is not open or closed). Rate-limited per
 * user exactly like the web form (429 beyond it), so scripts cannot bypass the limit.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const body = await readJsonBody(request);
    await enforceSubmissionRateLimit(getRateLimitRedis(), user.id);
    const { id, notice, contestId } = await createSubmission(getDb(), getJudgeQueue(), user, body);
    if (contestId) announceContestChange(contestId);
    return Response.json(notice ? { id, notice } : { id }, {
      status: 202,
      headers: { location: `/api/v1/submissions/${id}` },
    });
  });
}

/**
 * The caller's submissions, newest first:
 * `?problem=slug&verdict=WA|pending&language=cpp&take=50&cursor=id`. The body stays a
 * plain array; when an older page exists its cursor is in `X-Next-Cursor` and a
 * `Link: <…>; rel="next"` header.
 */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const url = new URL(request.url);
    const params = url.searchParams;
    const filters = submissionFiltersSchema.parse({
      problem: params.get("problem") || undefined,
      verdict: params.get("verdict") || undefined,
      language: params.get("language") || undefined,
    });
    const take = Number(params.get("take") ?? "50") || 50;
    const { submissions, nextCursor } = await listSubmissionPage(getDb(), user, {
      ...filters,
      cursor: params.get("cursor") || undefined,
      take,
    });
    const headers = new Headers({ "cache-control": "no-store" });
    if (nextCursor) {
      const next = new URLSearchParams(params);
      next.set("cursor", nextCursor);
      headers.set("x-next-cursor", nextCursor);
      headers.set("link", `<${url.pathname}?${next.toString()}>; rel="next"`);
    }
    return Response.json(submissions, { headers });
  });
}
