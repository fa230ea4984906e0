import { isAppError } from "@arbiter/core";
import { getContestScoreboard } from "@arbiter/core/contests";
import type { Metadata } from "next";
import { Alert } from "@/components/Alert";
import { LiveScoreboard } from "@/components/contest/LiveScoreboard";
import { getDb } from "@/server/context";
import { loadContest } from "@/server/contests";

export const metadata: Metadata = { title: "Scoreboard" };

/** The public board (frozen during the freeze for everyone, participants included), live. */
export default async function ScoreboardPage({ params }: { params: Promise<{ contest: string }> }) {
  const { contest: slug } = await params;
  const { user, overview: c } = await loadContest(slug);
  let board;
  try {
    board = await getContestScoreboard(getDb(), user, slug, { view: "public" });
  } catch (error) {
    if (isAppError(error) && error.reason === "contest_not_started") {
      return <Alert tone="info">The scoreboard opens when the contest starts.</Alert>;
    }
    throw error;
  }
  const mine = [c.official?.id, c.virtual?.id].filter((id): id is string => Boolean(id));
  return (
    <LiveScoreboard
      slug={slug}
      view="public"
      // Before a personal window starts the problems are secret, but their labels are on the board.
      problems={c.problems ?? (board.rows[0]?.problems ?? []).map((p) => ({ label: p.label, color: null }))}
      ioi={c.format === "ioi"}
      initial={{ frozen: board.frozen, notice: board.notice, rows: board.rows, virtualRows: board.virtualRows }}
      mine={mine}
    />
  );
}
