import { createSubmissionLifecycle, type SubmissionLifecycle } from "@arbiter/core/lifecycle";
import type { PrismaClient } from "@arbiter/db/client";
import type { JudgeEvent, JudgeJob } from "@arbiter/shared";

/**
 * Ends a job that will not be retried, and returns its final event. A submission goes
 * through its lifecycle (which keeps a verdict an earlier judging gave it, stores IE
 * otherwise, runs the after-judge hooks and publishes); a custom run ends as IE.
 */
export async function finalizeFailedJob(
  db: PrismaClient,
  job: JudgeJob,
  lifecycle: SubmissionLifecycle = createSubmissionLifecycle({ db }),
): Promise<Extract<JudgeEvent, { type: "done" }>> {
  if (job.kind === "custom") {
    await db.customRun.updateMany({
      where: { id: job.customRunId, status: { not: "done" } },
      data: { status: "done", verdict: "IE" },
    });
    return { type: "done", verdict: "IE", score: 0 };
  }
  return { type: "done", ...(await lifecycle.failSubmission(job.submissionId)) };
}
