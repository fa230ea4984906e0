import { getContestScoreboard, standingsCsv } from "@arbiter/core/contests";
import { authenticateRequest } from "@/server/auth";
import { getDb } from "@/server/context";
import { handle } from "@/server/http";

export const dynamic = "force-dynamic";

/** The final standings as CSV, for the jury (the live board: every verdict, virtual rows marked). */
export async function GET(request: Request, { params }: { params: Promise<{ contest: string }> }): Promise<Response> {
  return handle(async () => {
    const user = await authenticateRequest(request);
    const { contest } = await params;
    const { board } = await getContestScoreboard(getDb(), user, contest, { view: "jury" });
    return new Response(standingsCsv(board), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${contest}-standings.csv"`,
        "cache-control": "no-store",
      },
    });
  });
}
