import type { Verdict } from "@arbiter/shared";
import type { ContestTimes } from "../freeze/boardVisibility";

/**
 * Everything the CCS Contest API of one contest is derived from, as plain data (epoch ms,
 * no Prisma types), so the feed and every endpoint are pure functions of it, of the viewer
 * and of the instant. Storage fills it (`loadCcsSnapshot`).
 */
export interface CcsSnapshot {
  contest: {
    /** The contest's CCS id: its slug. */
    id: string;
    name: string;
    format: "icpc" | "ioi";
    createdAtMs: number;
    penaltyMinutes: number;
    /** The manual thaw, if the jury thawed it (also part of `times.thawAtMs`). */
    thawedAtMs: number | null;
    /** The scheduled thaw, if any. */
    thawAtMs: number | null;
    times: ContestTimes;
  };
  problems: CcsSnapshotProblem[];
  /** Official participants (teams); virtual ones are no team of the contest. */
  teams: { id: string; label: string; name: string; createdAtMs: number }[];
  /** Submissions that count (inside their team's window), oldest first. */
  submissions: { id: string; teamId: string; problemId: string; languageId: string; createdAtMs: number }[];
  /** Judgings of those submissions, oldest first. */
  judgings: CcsSnapshotJudging[];
  clarifications: CcsSnapshotClarification[];
}

export interface CcsSnapshotProblem {
  /** The problem's slug. */
  id: string;
  label: string;
  name: string;
  ordinal: number;
  rgb: string | null;
  timeLimitMs: number;
  testDataCount: number;
  /** Points for a full solve (score contests). */
  maxScore: number;
}

export interface CcsSnapshotJudging {
  id: string;
  submissionId: string;
  startedAtMs: number;
  finishedAtMs: number | null;
  verdict: Verdict | null;
  /** Points, for score contests. */
  score: number | null;
  /** Per-test results in test order (none for a jury override). */
  runs: { ordinal: number; verdict: Verdict; timeMs: number }[];
}

export interface CcsSnapshotClarification {
  id: string;
  /** The asking team; null for a jury announcement. */
  fromTeamId: string | null;
  problemId: string | null;
  text: string;
  createdAtMs: number;
  answer: string | null;
  answeredAtMs: number | null;
  /** The answer (or announcement) is for every team. */
  toAll: boolean;
}

/** Who reads the API: the contest's jury and admins see everything; anyone else what the public may. */
export type CcsViewer = "jury" | "public";
