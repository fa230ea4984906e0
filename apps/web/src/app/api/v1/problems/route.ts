import { listProblemsForUser } from "@arbiter/core";
import { authenticateRequest, getCurrentUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";
import { parseDifficulty } from "@/lib/difficulty";

export const dynamic = "force-dynamic";

/**
 * Problems with their limits, tags and difficulty, ordered by slug; public.
 * `?q=` searches title and slug, `?tag=` and `?difficulty=1..5` filter. A signed-in
 * caller (cookie or token) also gets `state`: "solved", "attempted" or "untried".
 */
export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    // A token that is sent must be valid (401 otherwise); without one, the cookie is optional.
    const user = request.headers.get("authorization") ? await authenticateRequest(request) : await getCurrentUser();
    const params = new URL(request.url).searchParams;
    const { problems } = await listProblemsForUser(getDb(), user, {
      q: params.get("q") ?? undefined,
      tag: params.get("tag") || undefined,
      difficulty: parseDifficulty(params.get("difficulty") ?? undefined),
    });
    const body = user ? problems : problems.map(({ state: _state, ...problem }) => problem);
    return Response.json(body, { headers: { "cache-control": "no-store" } });
  });
}
