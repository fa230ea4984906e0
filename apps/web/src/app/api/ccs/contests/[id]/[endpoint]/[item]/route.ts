import { ccsEndpoint, openCcsContest } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { cachedJournal } from "@/server/contestBoards";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** CCS `contests/<id>/<collection>/<item id>`: one object, or 404. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string; endpoint: string; item: string }> },
): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { id, endpoint, item } = await params;
    const ctx = await openCcsContest(getDb(), user, id, { loadJournal: cachedJournal });
    return Response.json(await ccsEndpoint(ctx, endpoint, item), { headers: { "cache-control": "no-store" } });
  });
}
