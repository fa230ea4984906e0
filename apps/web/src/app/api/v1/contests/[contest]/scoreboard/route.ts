import { getContestScoreboard } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { cachedJournal, memoBoard } from "@/server/contestBoards";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/**
 * The public board (frozen during the freeze, for participants too), or with `?view=jury`
 * the live board for the contest's jury (403 for others).
 */
export async function GET(request: Request, { params }: { params: Promise<{ contest: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest } = await params;
    const view = new URL(request.url).searchParams.get("view") === "jury" ? "jury" : "public";
    const board = await getContestScoreboard(getDb(), user, contest, { view, loadJournal: cachedJournal, memoBoard });
    return Response.json(
      { frozen: board.frozen, notice: board.notice, rows: board.rows, virtualRows: board.virtualRows },
      { headers: { "cache-control": "no-store" } },
    );
  });
}
