import type { ContestJournal, JournalProblem, JournalSubmission } from "../journal";
import type { RowScore, Scoreboard, ScoreboardCell, ScoreboardType } from "../scoreboard";

/** Settings a contest passes to its rule; each rule reads the ones it knows. */
export interface RuleSettings {
  /** ICPC: minutes added per rejected try before the first AC. Default 20 (CCS `penalty_time`). */
  penaltyMinutes?: number;
  /**
   * IOI: `max_subtask` (IOI 2017 on, CMS default: best score per subtask over all
   * submissions, summed) or `max` (the best single submission, IOI 2013–16).
   */
  ioiScoreMode?: IoiScoreMode;
}

/** How an IOI problem's score is taken from its submissions (CMS `score_mode`). */
export type IoiScoreMode = "max_subtask" | "max";

/**
 * A contest format as a table entry (Hydro's `RULES`): pure functions from the journal
 * to a board. A new format is one file implementing this and one line in `CONTEST_RULES`.
 */
export interface ContestRule {
  scoreboardType: ScoreboardType;
  /**
   * One participant's cell for one problem, from their submissions to it sorted by time
   * (then id). `firstToSolve` is left false: it needs the other rows.
   */
  cell(problem: JournalProblem, submissions: readonly JournalSubmission[], settings: RuleSettings): ScoreboardCell;
  /** A row's total from its cells. */
  rowScore(cells: readonly ScoreboardCell[], settings: RuleSettings): RowScore;
  /** Negative when `a` ranks above `b`, 0 when they share a rank. */
  compare(a: RowScore, b: RowScore): number;
  /** The whole board: cells, totals, shared ranks, first-to-solve marks, virtual rows apart. */
  scoreboard(journal: ContestJournal, settings: RuleSettings): Scoreboard;
}
