import type { SubmissionView } from "@arbiter/shared";

/** A just-submitted A+B as the submission page first sees it, for unit tests. */
export const QUEUED_VIEW: SubmissionView = {
  id: "s1",
  problem: "aplusb",
  language: "python3",
  status: "queued",
  verdict: null,
  score: null,
  compileOutput: null,
  createdAt: "2026-11-22T00:00:00.000Z",
  tests: [],
  hidden: null,
};
