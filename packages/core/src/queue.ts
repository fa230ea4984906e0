import { Queue, type Job } from "bullmq";
import type { Redis } from "ioredis";
import type { PrismaClient } from "@arbiter/db/client";
import {
  JUDGE_QUEUE_NAME,
  PRIORITY_TIERS,
  judgeJobSchema,
  type JudgeJob,
  type JudgingReason,
  type PriorityTier,
  type SubmissionContext,
} from "@arbiter/shared";

export type JudgeQueue = Queue<JudgeJob>;

/** Opens the judge queue; `name` is overridable so tests get a queue of their own. */
export function openJudgeQueue(connection: Redis, name = JUDGE_QUEUE_NAME): JudgeQueue {
  return new Queue<JudgeJob>(name, { connection });
}

/**
 * Attempts per job. Backoff doubles from 2 s, so the retries span 2+4+8+16+32 = 62 s:
 * enough to ride out a database or Docker restart. A longer outage leaves the row
 * unfinished in PostgreSQL, and the reconciler enqueues it again once things are back.
 */
export const JUDGE_JOB_ATTEMPTS = 6;
export const JUDGE_JOB_BACKOFF_MS = 2000;

/** Width of one tier in BullMQ priority numbers: a user's backlog never pushes a job into the next tier. */
const TIER_SPAN = 100_000;

export interface EnqueueOptions {
  tier: PriorityTier;
  /** Jobs this user already has waiting: each one pushes the new job back within its tier (fairness). */
  userPending?: number;
  /** Overrides the idempotency key (see jobIdFor); for a rejudge requested while one is running. */
  jobId?: string;
}

/** BullMQ priority (smaller first): the tier dominates, then the user's backlog, then FIFO. */
export function jobPriority({ tier, userPending = 0 }: Pick<EnqueueOptions, "tier" | "userPending">): number {
  return PRIORITY_TIERS[tier] * TIER_SPAN + Math.min(Math.max(userPending, 0), TIER_SPAN - 1) + 1;
}

/** The inclusive range of BullMQ priorities a tier's jobs get. */
export function tierPriorityRange(tier: PriorityTier): [number, number] {
  return [PRIORITY_TIERS[tier] * TIER_SPAN + 1, PRIORITY_TIERS[tier] * TIER_SPAN + TIER_SPAN];
}

/** A submission's tier: where it was made (contest first), unless it is a rejudge, which always goes last. */
export function tierForSubmission(context: SubmissionContext, reason: JudgingReason): PriorityTier {
  return reason === "rejudge" ? "rejudge" : context;
}

/**
 * The job id makes enqueueing idempotent: a submission has at most one pending
 * submit/reconcile judging and one pending rejudge (the reconciler racing the web adds
 * nothing), and a custom run has one job.
 */
export function jobIdFor(job: JudgeJob): string {
  if (job.kind === "custom") return `custom-${job.customRunId}`;
  return job.reason === "rejudge" ? `rejudge-${job.submissionId}` : `submission-${job.submissionId}`;
}

/** Every job id under which a judging of this submission may be pending. */
export function submissionJobIds(submissionId: string): string[] {
  return [`submission-${submissionId}`, `rejudge-${submissionId}`];
}

const PENDING_STATES = new Set(["waiting", "prioritized", "delayed", "waiting-children"]);

/** "pending" (not started, or waiting for a retry), "active", or "none" (missing or finished). */
export async function jobProgress(queue: JudgeQueue, jobId: string): Promise<"pending" | "active" | "none"> {
  const job = await queue.getJob(jobId);
  if (!job) return "none";
  const state = await job.getState();
  if (state === "active") return "active";
  return PENDING_STATES.has(state) ? "pending" : "none";
}

/**
 * Enqueues one judging of a submission or custom run. Returns false when a job with the
 * same id is already pending or running (nothing added). A finished job with that id is
 * removed first: BullMQ keeps finished jobs for a while and would otherwise ignore the add.
 */
export async function enqueueJudge(queue: JudgeQueue, job: JudgeJob, options: EnqueueOptions): Promise<boolean> {
  const payload = judgeJobSchema.parse(job);
  const jobId = options.jobId ?? jobIdFor(payload);
  const existing: Job<JudgeJob> | undefined = await queue.getJob(jobId);
  if (existing) {
    const state = await existing.getState();
    if (state !== "completed" && state !== "failed" && state !== "unknown") return false;
    await existing.remove().catch(() => undefined);
  }
  await queue.add("judge", payload, {
    jobId,
    priority: jobPriority(options),
    attempts: JUDGE_JOB_ATTEMPTS,
    backoff: { type: "exponential", delay: JUDGE_JOB_BACKOFF_MS },
    removeOnComplete: { age: 3600, count: 1000 },
    removeOnFail: { age: 24 * 3600 },
  });
  return true;
}

/**
 * Enqueues a judging of a stored submission at the tier its context and reason call for,
 * pushed back by the user's other submissions in the same context that await their first
 * verdict (rejudges do not count, and are FIFO in the last tier).
 */
export async function enqueueSubmission(
  db: PrismaClient,
  queue: JudgeQueue,
  submissionId: string,
  reason: JudgingReason,
  options: Pick<EnqueueOptions, "jobId"> = {},
): Promise<boolean> {
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: { userId: true, context: true },
  });
  if (!submission) return false;
  const userPending =
    reason === "rejudge"
      ? 0
      : await db.submission.count({
          where: {
            userId: submission.userId,
            context: submission.context,
            status: { not: "done" },
            verdict: null,
            id: { not: submissionId },
          },
        });
  return enqueueJudge(
    queue,
    { kind: "submission", submissionId, reason },
    { tier: tierForSubmission(submission.context, reason), userPending, ...options },
  );
}

/**
 * Jobs waiting to start, per tier (retries waiting out their backoff are not counted).
 * Reads BullMQ's prioritized set directly, whose scores are `priority * 2^32 + sequence`,
 * so one ZCOUNT per tier is enough however long the queue is.
 */
export async function waitingJobsByTier(queue: JudgeQueue, redis: Redis): Promise<Record<PriorityTier, number>> {
  const key = queue.toKey("prioritized");
  const tiers = Object.keys(PRIORITY_TIERS) as PriorityTier[];
  const counts = await Promise.all(
    tiers.map((tier) => {
      const [low, high] = tierPriorityRange(tier);
      return redis.zcount(key, low * 2 ** 32, (high + 1) * 2 ** 32 - 1);
    }),
  );
  return Object.fromEntries(tiers.map((tier, i) => [tier, counts[i] ?? 0])) as Record<PriorityTier, number>;
}
