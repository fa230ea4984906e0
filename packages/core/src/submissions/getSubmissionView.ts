import type { PrismaClient } from "@arbiter/db/client";
import type { SubmissionView } from "@arbiter/shared";
import type { Viewer } from "./access";
import { loadSubmission, type LoadedSubmission } from "./loadSubmission";

// Custom runs share the rule (packages/core/src/customRuns imports it from here).
export { canViewSubmission } from "./access";

/** The public view of a loaded submission: per-test verdict, time and memory, nothing else. */
export function toSubmissionView(s: LoadedSubmission): SubmissionView {
  return {
    id: s.id,
    problem: s.problem.slug,
    language: s.language,
    status: s.status,
    verdict: s.status === "done" ? s.verdict : null,
    score: s.status === "done" ? s.score : null,
    compileOutput: s.compileOutput,
    createdAt: s.createdAt.toISOString(),
    tests: s.results.map((r) => ({
      index: r.index,
      verdict: r.verdict,
      timeMs: r.timeMs,
      memoryKb: r.memoryKb,
      sample: r.sample,
    })),
  };
}

/**
 * The public view of a submission and its newest judging (`GET /api/v1/submissions/:id`,
 * the live stream's snapshots). Hidden tests appear with verdict, time and memory only:
 * no input, output or answer is even read. `not_found` for anyone who may not see it.
 */
export async function getSubmissionView(db: PrismaClient, viewer: Viewer, id: string): Promise<SubmissionView> {
  return toSubmissionView(await loadSubmission(db, viewer, id, { withSampleData: false }));
}
