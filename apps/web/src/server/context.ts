import "server-only";
import { openJudgeQueue, type JudgeQueue } from "@arbiter/core";
import { openSimilarityQueue, type SimilarityQueue } from "@arbiter/core/similarity";
import type { PrismaClient } from "@arbiter/db/client";
import { getPrisma } from "@arbiter/db/client";
import { Redis } from "ioredis";
import { getEnv } from "./env";

/** The process-wide Prisma client (validates the environment on first use). */
export function getDb(): PrismaClient {
  getEnv();
  return getPrisma();
}

// Kept on globalThis so dev-mode hot reloads reuse connections instead of leaking them.
const globalForQueue = globalThis as unknown as {
  arbiterWebRedis?: Redis;
  arbiterWebQueue?: JudgeQueue;
  arbiterSimilarityQueue?: SimilarityQueue;
};

/**
 * The judge queue, created on first submit. The web is only a producer, so unlike the
 * worker's connection (`createRedis`, which waits through outages) this one does not
 * queue commands while disconnected and retries once. During a Redis outage a submit
 * is still saved (createSubmission bounds the enqueue wait) and the user is told that
 * judging starts when the judge is back; the worker's reconciler enqueues it then.
 */
export function getJudgeQueue(): JudgeQueue {
  if (globalForQueue.arbiterWebQueue) return globalForQueue.arbiterWebQueue;
  const redis = new Redis(getEnv().REDIS_URL, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    // Keep trying to reconnect in the background, at most every 5 s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
  });
  redis.on("error", logRedisError);
  const queue = openJudgeQueue(redis);
  // Without a listener BullMQ prints every reconnect failure with a stack trace.
  queue.on("error", logRedisError);
  globalForQueue.arbiterWebRedis = redis;
  globalForQueue.arbiterWebQueue = queue;
  return queue;
}

/** The similarity checks' queue, on the judge queue's connection (the web only produces). */
export function getSimilarityQueue(): SimilarityQueue {
  if (globalForQueue.arbiterSimilarityQueue) return globalForQueue.arbiterSimilarityQueue;
  getJudgeQueue();
  const redis = globalForQueue.arbiterWebRedis;
  if (!redis) throw new Error("the web's Redis connection was not opened");
  const queue = openSimilarityQueue(redis);
  queue.on("error", logRedisError);
  globalForQueue.arbiterSimilarityQueue = queue;
  return queue;
}

let lastRedisErrorLog = 0;

/** ioredis emits an error per failed reconnect; log at most one every 30 s. */
function logRedisError(error: Error): void {
  const now = Date.now();
  if (now - lastRedisErrorLog < 30_000) return;
  lastRedisErrorLog = now;
  console.error(`[web] Redis connection error: ${error.message}`);
}
