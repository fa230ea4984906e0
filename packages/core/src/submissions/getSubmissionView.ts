import type { PrismaClient } from "@arbiter/db/client";
import type { SubmissionView } from "@arbiter/shared";
import { discloseResults } from "../disclosure/discloseResults";
import type { Viewer } from "./access";
import { loadSubmission, type LoadedSubmission } from "./loadSubmission";

// Custom runs share the rule (packages/core/src/customRuns imports it from here).
export { canViewSubmission } from "./access";

/**
 * The view of a loaded submission for `viewer`: per-test verdict, time and memory for
 * samples, and for hidden tests what the disclosure policy of its place (contest,
 * assignment, or the problem for practice) lets a student see (`discloseResults`); the
 * staff of that place see every test.
 */
export function toSubmissionView(s: LoadedSubmission): SubmissionView {
  const { tests, hidden } = discloseResults(
    s.problem.hiddenTestDisclosure,
    s.viewerIsStaff,
    s.results.map((r) => ({
      index: r.index,
      verdict: r.verdict,
      timeMs: r.timeMs,
      memoryKb: r.memoryKb,
      sample: r.sample,
    })),
  );
  return {
    id: s.id,
    problem: s.problem.slug,
    language: s.language,
    status: s.status,
    verdict: s.status === "done" ? s.verdict : null,
    score: s.status === "done" ? s.score : null,
    compileOutput: s.compileOutput,
    createdAt: s.createdAt.toISOString(),
    tests,
    hidden,
  };
}

/**
 * The view of a submission and its newest judging (`GET /api/v1/submissions/:id`, the
 * live stream's snapshots). No input, output or answer is even read; hidden tests are
 * disclosed as `toSubmissionView` says. `not_found` for anyone who may not see it.
 */
export async function getSubmissionView(db: PrismaClient, viewer: Viewer, id: string): Promise<SubmissionView> {
  return toSubmissionView(await loadSubmission(db, viewer, id, { withSampleData: false }));
}
