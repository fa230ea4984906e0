import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { JUDGE_QUEUE_NAME, judgeJobSchema, type JudgeJob } from "@arbiter/shared";

export type JudgeQueue = Queue<JudgeJob>;

/** Opens the judge queue; `name` is overridable so tests get a queue of their own. */
export function openJudgeQueue(connection: Redis, name = JUDGE_QUEUE_NAME): JudgeQueue {
  return new Queue<JudgeJob>(name, { connection });
}

/** Smaller numbers run first (BullMQ priority); a rejudge must never delay fresh work. */
const PRIORITY: Record<JudgeJob["reason"], number> = { submit: 10, reconcile: 10, rejudge: 100 };

/**
 * Enqueues one judging of a submission. The job id is derived from the submission so a
 * double enqueue (reconciler racing the web) adds nothing while the first job is pending.
 */
export async function enqueueJudge(queue: JudgeQueue, job: JudgeJob): Promise<void> {
  const payload = judgeJobSchema.parse(job);
  await queue.add("judge", payload, {
    jobId: `submission-${payload.submissionId}`,
    priority: PRIORITY[payload.reason],
    attempts: 5,
    backoff: { type: "exponential", delay: 2000 },
    removeOnComplete: { age: 3600, count: 1000 },
    removeOnFail: { age: 24 * 3600 },
  });
}
