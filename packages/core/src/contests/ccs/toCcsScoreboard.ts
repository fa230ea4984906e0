import type { z } from "zod";
import type { Scoreboard, ScoreboardCell, ScoreboardRow } from "../scoreboard";
import type { ccsStateSchema } from "./contestSchemas";
import type { ccsScoreboardSchema } from "./scoreboardSchemas";
import { formatMinutes, formatRelTime, formatTime, type CcsVersion } from "./time";

/** A CCS `scoreboard` object, as written. */
export type CcsScoreboard = z.input<typeof ccsScoreboardSchema>;

/** What the board itself does not know: the instant, the contest state and the API version. */
export interface CcsScoreboardContext {
  /** Epoch ms the board was computed at, and its contest time in ms. */
  nowMs: number;
  contestTimeMs: number;
  /** The `state` object of the same instant. */
  state: z.input<typeof ccsStateSchema>;
  version: CcsVersion;
  /** UTC offset for TIME values, minutes east; default 0. */
  offsetMinutes?: number;
}

/**
 * Our board as the CCS `scoreboard` endpoint writes it. Participant and problem ids are
 * used as team and problem ids; virtual rows are left out (they are no team of the
 * contest). Pass the board the client may see — the public one during a freeze.
 */
export function toCcsScoreboard(board: Scoreboard, ctx: CcsScoreboardContext): CcsScoreboard {
  return {
    time: formatTime(ctx.nowMs, ctx.offsetMinutes),
    contest_time: formatRelTime(ctx.contestTimeMs),
    state: ctx.state,
    rows: board.rows.map((row) => ccsRow(row, ctx.version)),
  };
}

function ccsRow(row: ScoreboardRow, version: CcsVersion) {
  const s = row.score;
  const last = s.kind === "pass-fail" ? s.lastSolveTime : s.lastImprovementTime;
  // 2026-01 wants `time` null when nothing is scored; 2023-06 types it as an integer, so
  // there it is left out instead.
  const time = last !== null ? { time: formatMinutes(last, version) } : version === "2023-06" ? {} : { time: null };
  const score =
    s.kind === "pass-fail"
      ? { num_solved: s.numSolved, total_time: formatMinutes(s.totalTime, version), ...time }
      : { score: s.score, ...time };
  return {
    rank: row.rank,
    team_id: row.participant.id,
    score,
    problems: row.problems.map((c) => ccsCell(c, s.kind, version)),
  };
}

function ccsCell(cell: ScoreboardCell, kind: "pass-fail" | "score", version: CcsVersion) {
  const base = { problem_id: cell.problemId, num_judged: cell.numJudged, num_pending: cell.numPending };
  const result = kind === "pass-fail" ? { ...base, solved: cell.solved } : { ...base, score: cell.score };
  const scored = kind === "pass-fail" ? cell.solved : cell.score > 0;
  return scored && cell.time !== null ? { ...result, time: formatMinutes(cell.time, version) } : result;
}
