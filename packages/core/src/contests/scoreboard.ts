/**
 * The board every rule produces. Times on it are whole minutes of contest time, as the
 * CCS scoreboard shows them; `solvedAtMs` keeps the exact instant for balloons and
 * first-to-solve.
 */
export interface Scoreboard {
  scoreboardType: ScoreboardType;
  /** Official participants, best first; ties share a rank and are ordered by name. */
  rows: ScoreboardRow[];
  /**
   * Virtual participants, each with the rank it would have among the official rows
   * (1 + the number of official rows strictly better), best first. Shown apart.
   */
  virtualRows: ScoreboardRow[];
}

/** CCS `scoreboard_type`: ICPC is `pass-fail`, IOI is `score`. */
export type ScoreboardType = "pass-fail" | "score";

/** One participant's line on the board. */
export interface ScoreboardRow {
  /** 1-based; equal rows share it and the next differing row skips (1, 1, 3). */
  rank: number;
  participant: { id: string; name: string; virtual: boolean };
  score: RowScore;
  /** One cell per problem, in the journal's problem order. */
  problems: ScoreboardCell[];
}

/** A row's total, per scoreboard type (CCS `score` object). */
export type RowScore =
  | {
      kind: "pass-fail";
      numSolved: number;
      /** Sum over solved problems of solve minute + penalty, in minutes. */
      totalTime: number;
      /** Minute of the last first-AC, the third sort key; null when nothing is solved. */
      lastSolveTime: number | null;
    }
  | {
      kind: "score";
      /** Sum of the problems' points, rounded to 2 decimals. */
      score: number;
      /** Minute of the last score improvement; null when the score is 0. */
      lastImprovementTime: number | null;
    };

/** One participant × problem cell (CCS scoreboard "problem data"). */
export interface ScoreboardCell {
  label: string;
  problemId: string;
  /**
   * ICPC: judged submissions that count, up to and including the first AC (CE and IE
   * are not counted, as DOMjudge does without compile penalty). IOI: all judged ones.
   */
  numJudged: number;
  /** Pending submissions (queued, judging, IE or hidden by the freeze) that could still change the cell. */
  numPending: number;
  /** ICPC: has an AC. IOI: reached the problem's full score. */
  solved: boolean;
  /** Points (IOI) or 1/0 (ICPC). */
  score: number;
  /** ICPC: minute of the first AC. IOI: minute of the last improvement. Null when nothing scored. */
  time: number | null;
  /** ICPC: solve minute + penalty for rejected tries; 0 when unsolved. IOI: always 0. */
  penaltyTime: number;
  /** Ms since the participant's start of the first AC (IOI: first full score); null otherwise. */
  solvedAtMs: number | null;
  /** No official participant solved it strictly earlier, and no earlier submission is still pending. */
  firstToSolve: boolean;
}
