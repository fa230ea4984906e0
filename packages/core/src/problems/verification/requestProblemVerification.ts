import type { PrismaClient } from "@arbiter/db/client";
import { enqueueJudge, type JudgeQueue } from "../../queue";
import { startProblemVerification, type StartedVerification } from "./startProblemVerification";

/**
 * Starts a verification and queues its submissions for the workers, behind every
 * student's submission (the rejudge tier): what the web's "Verify" button does.
 * A submission the queue did not take (Redis down) is enqueued later by the reconciler.
 */
export async function requestProblemVerification(
  db: PrismaClient,
  queue: JudgeQueue,
  problemId: string,
): Promise<StartedVerification> {
  const started = await startProblemVerification(db, problemId);
  for (const submissionId of started.submissionIds) {
    await enqueueJudge(queue, { kind: "submission", submissionId, reason: "submit" }, { tier: "rejudge" });
  }
  return started;
}
