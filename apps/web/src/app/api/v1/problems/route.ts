import { listProblemsForUser } from "@arbiter/core";
import { authenticateRequest, getCurrentUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";
import { parseDifficulty } from "@/lib/difficulty";
import { uploadFromRequest } from "./uploadRoute";

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

/**
 * Upload a problem package: the zip as the body (`Content-Type: application/zip`),
 * `?slug=` and optionally `?course=` → 201 (new) or 200 (replaced) with what was imported
 * and the verification runs queued. 400 with the importer's message for a bad package,
 * 413 over the upload limit, 409 for someone else's slug, 403/404 without the right.
 */
export async function POST(request: Request): Promise<Response> {
  return handle(async () => uploadFromRequest(await authenticateRequest(request), request));
}
