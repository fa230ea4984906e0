import { enforceJoinCourseRateLimit } from "@arbiter/core";
import { joinCourse } from "@arbiter/core/courses";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle, readJsonBody } from "@/server/http";
import { getRateLimitRedis } from "@/server/rateLimit";

export const dynamic = "force-dynamic";

/** Join a course as a student: `{ code }` → 200 `{ slug }`. Rate-limited: codes must not be guessable by trying. */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    await enforceJoinCourseRateLimit(getRateLimitRedis(), user.id);
    return Response.json(await joinCourse(getDb(), user, await readJsonBody(request)));
  });
}
