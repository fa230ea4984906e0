import type { JournalProblem, JournalSubmission } from "../journal";
import { isPendingSubmission } from "../journal";
import type { RowScore, ScoreboardCell } from "../scoreboard";
import { buildScoreboard } from "./buildScoreboard";
import { contestMinute } from "./icpc";
import type { ContestRule, RuleSettings } from "./types";

/** Scores are kept to 2 decimals so sums of fractional points compare equal when they should. */
function round2(points: number): number {
  return Math.round(points * 100) / 100;
}

/** A submission's points per subtask; without a breakdown only a full score fills them. */
function subtaskPoints(problem: JournalProblem, s: JournalSubmission): number[] {
  return problem.subtasks.map((st, i) =>
    s.subtaskScores ? Math.min(st.maxScore, Math.max(0, s.subtaskScores[i] ?? 0)) : s.score >= 100 ? st.maxScore : 0,
  );
}

/** A submission's points for the whole problem. */
function submissionPoints(problem: JournalProblem, s: JournalSubmission): number {
  if (problem.subtasks.length > 0 && s.subtaskScores) return subtaskPoints(problem, s).reduce((a, b) => a + b, 0);
  return (Math.min(100, Math.max(0, s.score)) / 100) * problem.maxScore;
}

/**
 * IOI scoring as CMS `cms/grading/scoring.py` does it. `max_subtask`: for each subtask the
 * best score over all submissions, summed (never below the best single submission, for
 * submissions that came without a breakdown). `max`: the best single submission. Pending
 * submissions and IE do not count. The cell's time is the minute of the last improvement.
 */
function cell(problem: JournalProblem, submissions: readonly JournalSubmission[], settings: RuleSettings) {
  const bySubtask = problem.subtasks.map(() => 0);
  let best = 0;
  let points = 0;
  let numJudged = 0;
  let numPending = 0;
  let improvedAtMs: number | null = null;
  let solvedAtMs: number | null = null;
  for (const s of submissions) {
    if (isPendingSubmission(s)) {
      numPending++;
      continue;
    }
    numJudged++;
    best = Math.max(best, submissionPoints(problem, s));
    subtaskPoints(problem, s).forEach((p, i) => (bySubtask[i] = Math.max(bySubtask[i] ?? 0, p)));
    const subtaskSum = bySubtask.reduce((a, b) => a + b, 0);
    const now = round2(settings.ioiScoreMode === "max" ? best : Math.max(best, subtaskSum));
    if (now > points) {
      points = now;
      improvedAtMs = s.timeMs;
      if (solvedAtMs === null && points >= problem.maxScore) solvedAtMs = s.timeMs;
    }
  }
  const result: ScoreboardCell = {
    label: problem.label,
    problemId: problem.id,
    numJudged,
    numPending,
    solved: solvedAtMs !== null,
    score: points,
    time: improvedAtMs === null ? null : contestMinute(improvedAtMs),
    penaltyTime: 0,
    solvedAtMs,
    firstToSolve: false,
  };
  return result;
}

function rowScore(cells: readonly ScoreboardCell[]): RowScore {
  const score = round2(cells.reduce((sum, c) => sum + c.score, 0));
  const times = cells.filter((c) => c.time !== null).map((c) => c.time ?? 0);
  return { kind: "score", score, lastImprovementTime: score === 0 || times.length === 0 ? null : Math.max(...times) };
}

/** Higher total first; equal totals share a rank (IOI ranks ties equally, no time tiebreak). */
function compare(a: RowScore, b: RowScore): number {
  if (a.kind !== "score" || b.kind !== "score") throw new TypeError("ioi compares score totals");
  return b.score - a.score;
}

const parts = { scoreboardType: "score", cell, rowScore, compare } as const;

/** IOI (score) rule: best per subtask summed, or best single submission. */
export const ioiRule: ContestRule = {
  ...parts,
  scoreboard: (journal, settings) => buildScoreboard(parts, journal, settings),
};
