import type { PrismaClient } from "@arbiter/db/client";
import { requeueSubmission } from "../lifecycle/requeueSubmission";
import { enqueueSubmission, jobProgress, submissionJobIds, type JudgeQueue } from "../queue";

/**
 * Slack for clocks of different machines, in ms: a judging that started this long before
 * the request still counts as "after" it, so the status is never reset under a judging
 * that is already under way (see requestRejudge).
 */
const CLOCK_SLACK_MS = 2000;

/** "queued": a new judging was enqueued. "coalesced": one that has not started yet will do. */
export type RejudgeOutcome = "queued" | "coalesced";

/**
 * Requests one more judging of an existing submission, as a new Judging row with reason
 * "rejudge", in the last priority tier.
 *
 * - A judging of the submission that is enqueued but has not started yet reads the
 *   current source, tests and checker when it starts, so the request is coalesced with it.
 * - Otherwise a rejudge job is enqueued (a second one if a rejudge is running right now,
 *   because that one may have read the old test data).
 * - Then, only if the submission is done and no judging has started since the request,
 *   its status goes back to "queued". Its verdict and score stay those of the last
 *   finished judging until the new one finishes (views hide them while not done; a
 *   scoreboard reading the column keeps the old result). The job is enqueued before the
 *   status changes, so the reconciler never sees a queued submission without a job.
 */
export async function requestRejudge(
  db: PrismaClient,
  queue: JudgeQueue,
  submissionId: string,
): Promise<RejudgeOutcome> {
  const requestedAt = new Date(Date.now() - CLOCK_SLACK_MS);
  const [pending, rejudge] = await Promise.all(submissionJobIds(submissionId).map((id) => jobProgress(queue, id)));
  if (pending === "pending" || rejudge === "pending") return "coalesced";
  const extraJob = rejudge === "active" ? { jobId: `rejudge-${submissionId}-${Date.now()}` } : {};
  await enqueueSubmission(db, queue, submissionId, "rejudge", extraJob);
  await requeueSubmission(db, submissionId, requestedAt);
  return "queued";
}
