import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { SIMILARITY_QUEUE_NAME, similarityJobSchema, type SimilarityJob } from "@arbiter/shared";

export type SimilarityQueue = Queue<SimilarityJob>;

/** Opens the similarity queue; `name` is overridable so tests get a queue of their own. */
export function openSimilarityQueue(connection: Redis, name = SIMILARITY_QUEUE_NAME): SimilarityQueue {
  return new Queue<SimilarityJob>(name, { connection });
}

export function similarityJobId(checkId: string): string {
  return `similarity-${checkId}`;
}

/**
 * Enqueues one check. A failing engine is not retried (the same input fails the same
 * way); a worker killed mid-check is: BullMQ hands a stalled job to the next worker.
 */
export async function enqueueSimilarityCheck(queue: SimilarityQueue, checkId: string): Promise<void> {
  const payload = similarityJobSchema.parse({ checkId });
  await queue.add("similarity", payload, {
    jobId: similarityJobId(checkId),
    attempts: 1,
    removeOnComplete: { age: 3600, count: 100 },
    removeOnFail: { age: 24 * 3600 },
  });
}

const ALIVE_STATES = new Set(["waiting", "prioritized", "delayed", "waiting-children", "active"]);

/** Whether a check's job still waits or runs; false once it is gone (Redis lost it, or it ended). */
export async function similarityJobAlive(queue: SimilarityQueue, checkId: string): Promise<boolean> {
  const job = await queue.getJob(similarityJobId(checkId));
  if (!job) return false;
  return ALIVE_STATES.has(await job.getState());
}
