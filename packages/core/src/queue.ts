import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { JUDGE_QUEUE_NAME, PRIORITY_TIERS, judgeJobSchema, type JudgeJob, type PriorityTier } from "@arbiter/shared";

export type JudgeQueue = Queue<JudgeJob>;

/** Opens the judge queue; `name` is overridable so tests get a queue of their own. */
export function openJudgeQueue(connection: Redis, name = JUDGE_QUEUE_NAME): JudgeQueue {
  return new Queue<JudgeJob>(name, { connection });
}

export interface EnqueueOptions {
  tier: PriorityTier;
  /** Jobs this user already has waiting: each one pushes the new job back (fairness). */
  userPending?: number;
}

/** BullMQ priority (smaller first): the tier dominates, then the user's backlog, then FIFO. */
export function jobPriority({ tier, userPending = 0 }: EnqueueOptions): number {
  return PRIORITY_TIERS[tier] * 100_000 + Math.min(Math.max(userPending, 0), 99_999) + 1;
}

/**
 * The job id makes enqueueing idempotent: a submission has one pending judging at a
 * time (the reconciler racing the web adds nothing), while each rejudge is its own job.
 */
export function jobIdFor(job: JudgeJob): string {
  if (job.kind === "custom") return `custom-${job.customRunId}`;
  return job.reason === "rejudge" ? `rejudge-${job.submissionId}-${Date.now()}` : `submission-${job.submissionId}`;
}

/** Enqueues one judging of a submission or custom run. */
export async function enqueueJudge(queue: JudgeQueue, job: JudgeJob, options: EnqueueOptions): Promise<void> {
  const payload = judgeJobSchema.parse(job);
  await queue.add("judge", payload, {
    jobId: jobIdFor(payload),
    priority: jobPriority(options),
    attempts: 5,
    backoff: { type: "exponential", delay: 2000 },
    removeOnComplete: { age: 3600, count: 1000 },
    removeOnFail: { age: 24 * 3600 },
  });
}
