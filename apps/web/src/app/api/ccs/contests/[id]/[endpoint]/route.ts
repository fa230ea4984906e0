import { ccsEndpoint, openCcsContest } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { cachedJournal } from "@/server/contestBoards";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * CCS `contests/<id>/<endpoint>`: a collection (`?<property>_id=` filters it), `state`,
 * `access`, `scoreboard` or `awards`. The contest's jury and admins see everything; anyone
 * else what the public may, so during a freeze no judgement of a frozen submission.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; endpoint: string }> },
): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id, endpoint } = await params;
    const ctx = await openCcsContest(getDb(), user, id, { loadJournal: cachedJournal });
    const body = await ccsEndpoint(ctx, endpoint, null, new URL(request.url).searchParams);
    return Response.json(body, { headers: { "cache-control": "no-store" } });
  });
}
