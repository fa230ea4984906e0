import type { Verdict } from "@arbiter/shared";
import type { JournalProblem, JournalSubmission } from "../journal";
import { isPendingSubmission } from "../journal";
import type { RowScore, ScoreboardCell } from "../scoreboard";
import { buildScoreboard } from "./buildScoreboard";
import type { ContestRule, RuleSettings } from "./types";

/** CCS `penalty_time` default, in minutes. */
export const DEFAULT_PENALTY_MINUTES = 20;

/**
 * Verdicts that cost a penalty try (CCS Requirements §Judge Responses: CE and JE carry
 * none; WA, TLE, RTE — our RE, MLE, OLE — do). IE never reaches here: it is pending.
 */
const PENALTY_VERDICTS: ReadonlySet<Verdict> = new Set<Verdict>(["WA", "TLE", "MLE", "RE", "OLE"]);

const MS_PER_MINUTE = 60_000;

/** CCS contest time of a submission: whole minutes since the start, rounded down. */
export function contestMinute(timeMs: number): number {
  return Math.floor(timeMs / MS_PER_MINUTE);
}

/**
 * ICPC scoring exactly as the CCS Requirements §Scoring state it: a problem is solved at
 * the first AC; its time is that minute plus `penaltyMinutes` for each earlier rejected
 * try that carries a penalty; unsolved problems cost nothing. Pending submissions (and IE)
 * do not affect scoring. Submissions after the first AC are ignored, as DOMjudge does.
 */
function cell(problem: JournalProblem, submissions: readonly JournalSubmission[], settings: RuleSettings) {
  const penaltyMinutes = settings.penaltyMinutes ?? DEFAULT_PENALTY_MINUTES;
  let rejected = 0;
  let numPending = 0;
  let solvedAtMs: number | null = null;
  for (const s of submissions) {
    if (isPendingSubmission(s)) numPending++;
    else if (s.verdict === "AC") {
      solvedAtMs = s.timeMs;
      break;
    } else if (s.verdict !== null && PENALTY_VERDICTS.has(s.verdict)) rejected++;
  }
  const time = solvedAtMs === null ? null : contestMinute(solvedAtMs);
  const result: ScoreboardCell = {
    label: problem.label,
    problemId: problem.id,
    numJudged: rejected + (solvedAtMs === null ? 0 : 1),
    numPending,
    solved: time !== null,
    score: time === null ? 0 : 1,
    time,
    penaltyTime: time === null ? 0 : time + penaltyMinutes * rejected,
    solvedAtMs,
    firstToSolve: false,
  };
  return result;
}

function rowScore(cells: readonly ScoreboardCell[]): RowScore {
  const solved = cells.filter((c) => c.solved);
  return {
    kind: "pass-fail",
    numSolved: solved.length,
    totalTime: solved.reduce((sum, c) => sum + c.penaltyTime, 0),
    lastSolveTime: solved.length === 0 ? null : Math.max(...solved.map((c) => c.time ?? 0)),
  };
}

/** More solved first, then less total time, then the earlier last solve (CCS §Scoring). */
function compare(a: RowScore, b: RowScore): number {
  if (a.kind !== "pass-fail" || b.kind !== "pass-fail") throw new TypeError("icpc compares pass-fail scores");
  return b.numSolved - a.numSolved || a.totalTime - b.totalTime || (a.lastSolveTime ?? 0) - (b.lastSolveTime ?? 0);
}

const parts = { scoreboardType: "pass-fail", cell, rowScore, compare } as const;

/** ICPC (pass-fail) rule: solved, penalty time, last solve. */
export const icpcRule: ContestRule = {
  ...parts,
  scoreboard: (journal, settings) => buildScoreboard(parts, journal, settings),
};
