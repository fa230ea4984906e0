import type { PrismaClient } from "@arbiter/db/client";
import { markSubmissionFailed } from "@arbiter/judge";
import type { JudgeEvent, JudgeJob } from "@arbiter/shared";

/**
 * Ends a job that will not be retried, and returns the final event to publish.
 * A submission that already has a verdict from an earlier finished judging (a rejudge,
 * or a judging re-enqueued by the reconciler) keeps it: the failed attempt is recorded as
 * an IE judging, but it does not replace a real result. Otherwise the submission ends as
 * IE (the judge's fault, shown as such). A custom run ends as IE.
 */
export async function finalizeFailedJob(
  db: PrismaClient,
  job: JudgeJob,
): Promise<Extract<JudgeEvent, { type: "done" }>> {
  if (job.kind === "custom") {
    await db.customRun.updateMany({
      where: { id: job.customRunId, status: { not: "done" } },
      data: { status: "done", verdict: "IE" },
    });
    return { type: "done", verdict: "IE", score: 0 };
  }
  const id = job.submissionId;
  await db.submission.updateMany({
    where: { id, status: { not: "done" }, verdict: { not: null } },
    data: { status: "done" },
  });
  await markSubmissionFailed(db, id);
  const row = await db.submission.findUnique({ where: { id }, select: { verdict: true, score: true } });
  return { type: "done", verdict: row?.verdict ?? "IE", score: row?.score ?? 0 };
}
