import type { Verdict } from "@arbiter/shared";

/**
 * The contest-neutral input of every scoring rule: who takes part, what they may solve and
 * what they submitted. It holds no database ids beyond opaque strings and no clock; the
 * caller builds it from storage (and, for the public, passes it through `visibleJournal`
 * first, so a rule never sees a verdict its viewer may not see).
 */
export interface ContestJournal {
  participants: readonly JournalParticipant[];
  problems: readonly JournalProblem[];
  /**
   * Only submissions that count (see `classifySubmission`): made inside the participant's
   * window. Upsolving and refused submissions must be left out by the caller.
   */
  submissions: readonly JournalSubmission[];
}

/** A row of the board: a user or a team. */
export interface JournalParticipant {
  id: string;
  name: string;
  /**
   * Epoch ms of a personal start (personal windows, virtual participation); null when the
   * participant starts with the contest. Only freeze visibility needs it: rules work on
   * `timeMs`, which is already relative to this start.
   */
  startedAtMs: number | null;
  /** A virtual participant replays the contest later: ranked against the official rows, shown apart. */
  virtual: boolean;
}

/** One IOI subtask (a test group that carries points). */
export interface JournalSubtask {
  name: string;
  /** Points this subtask is worth; the problem's subtasks sum to its `maxScore`. */
  maxScore: number;
}

/** A problem of the contest, in board order. */
export interface JournalProblem {
  /** The board label (A, B, …), unique in the contest; submissions refer to it. */
  label: string;
  /** A stable id (the problem slug), used by the CCS API and awards. */
  id: string;
  /** Points for a full solve (IOI); ICPC counts a solve as 1 whatever this says. */
  maxScore: number;
  /** IOI subtasks in order; empty when the problem is scored as a whole. */
  subtasks: readonly JournalSubtask[];
}

/** `pending`: queued, judging, or hidden by the freeze; `judged`: the verdict below is final. */
export type JournalSubmissionStatus = "pending" | "judged";

/** One submission that counts for the board. */
export interface JournalSubmission {
  id: string;
  participantId: string;
  problemLabel: string;
  /** Milliseconds since the participant's (personal or official) start; never negative. */
  timeMs: number;
  status: JournalSubmissionStatus;
  /** Null while pending. IE is treated as pending by every rule (CCS: JE is no judgement). */
  verdict: Verdict | null;
  /** Percentage of the problem, 0..100 (ICPC: 100 for AC, else 0). */
  score: number;
  /**
   * IOI: points per subtask, aligned with the problem's `subtasks` (each 0..that
   * subtask's `maxScore`). Absent when the judge did not report groups (e.g. CE).
   */
  subtaskScores?: readonly number[];
}

/** True when a rule must treat the submission as not judged yet (pending or IE). */
export function isPendingSubmission(s: JournalSubmission): boolean {
  return s.status === "pending" || s.verdict === null || s.verdict === "IE";
}
