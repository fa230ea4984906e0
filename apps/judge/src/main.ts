/**
 * The judge worker process: validates its environment, removes sandboxes that dead
 * workers left behind, refuses to start unless Docker answers and the sandbox contains
 * code (self-test), registers the installed language runtimes, serves /metrics, then
 * consumes the judge queue until SIGTERM/SIGINT.
 */
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { createPrismaClient } from "@arbiter/db/client";
import { createRedis, openJudgeQueue, waitingJobsByTier } from "@arbiter/core";
import { TestDataCache, databaseTestFileSource, registerRuntimes } from "@arbiter/judge";
import {
  SELFTEST_MEMORY_BYTES,
  SandboxPool,
  allImageFamilies,
  createDocker,
  runSelftest,
  sandboxImageRef,
} from "@arbiter/sandbox";
import { createWorker } from "./createWorker";
import { loadEnv } from "./env";
import { removeAbandonedSandboxes } from "./janitor";
import { createLogger, errorMessage, type Logger } from "./logger";
import { createWorkerMetrics, serveMetrics } from "./metrics";
import { reconcileStranded } from "./reconcile";
import { createSimilarityWorker } from "./similarity/createSimilarityWorker";
import { processEngine } from "./similarity/processEngine";

/** After the shutdown grace, how long released jobs get to hand back before we exit anyway, in ms. */
const RELEASE_TIMEOUT_MS = 10_000;
/** How long a scrape waits for Redis before reporting the last known queue depths, in ms. */
const QUEUE_DEPTH_TIMEOUT_MS = 2000;

async function main(): Promise<void> {
  const env = loadEnv();
  const workerId = env.ARBITER_WORKER_ID;
  const logger = createLogger({ worker: workerId });
  const docker = createDocker();
  await docker.ping().catch((error: unknown) => {
    throw new Error(`Docker is not reachable (${errorMessage(error)}); run npm run up`);
  });
  const removed = await removeAbandonedSandboxes(docker);
  if (removed > 0) logger.warn("removed abandoned sandbox containers", { removed });

  const pool =
    env.ARBITER_POOL_PER_KIND > 0
      ? new SandboxPool({
          docker,
          workerId,
          perKind: env.ARBITER_POOL_PER_KIND,
          maxTotal: env.ARBITER_POOL_MAX,
          onEvent: (event) => logger.warn(`warm pool: ${event.type}`, { image: event.image, detail: event.detail }),
        })
      : undefined;
  const selftestImage = sandboxImageRef(allImageFamilies()[0] ?? "python");
  // The self-test checks what the pool hands out, as judgings will get it.
  await pool?.prewarm({ image: selftestImage, memoryBytes: SELFTEST_MEMORY_BYTES });
  const checks = await runSelftest(docker, selftestImage, workerId, pool);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length > 0) {
    for (const check of failed) logger.error("sandbox self-test failed", { check: check.name, detail: check.detail });
    throw new Error("the sandbox does not contain code on this machine; refusing to judge");
  }
  logger.info("sandbox self-test passed", { checks: checks.length });

  const db = createPrismaClient(env.DATABASE_URL);
  const testData = new TestDataCache({
    dir: env.ARBITER_TEST_CACHE_DIR,
    maxBytes: env.ARBITER_TEST_CACHE_MAX_MB * 1024 * 1024,
    source: databaseTestFileSource(db),
    onEvent: (event) => {
      if (event.type === "corrupt") logger.warn("a cached test file was damaged; fetched again", { hash: event.hash });
    },
  });
  for (const runtime of await registerRuntimes(db, docker, workerId)) {
    if (runtime.error) logger.warn("language unavailable", { language: runtime.language, error: runtime.error });
    else logger.info("language ready", { language: runtime.language, version: runtime.version });
  }

  // Three connections: BullMQ's (it adds a blocking one), the queue's (reconciler, metrics), and the publisher's.
  const connection = createRedis(env.REDIS_URL);
  const queueConnection = createRedis(env.REDIS_URL);
  const publisher = createRedis(env.REDIS_URL);
  for (const [name, redis] of Object.entries({ connection, queueConnection, publisher })) {
    redis.on("error", (error: Error) =>
      logger.warn("redis connection error", { connection: name, error: error.message }),
    );
  }
  const queue = openJudgeQueue(queueConnection, env.ARBITER_QUEUE);
  const metrics = createWorkerMetrics(() =>
    withTimeout(waitingJobsByTier(queue, queueConnection), QUEUE_DEPTH_TIMEOUT_MS),
  );
  const metricsServer = await serveMetrics(metrics.registry, env.ARBITER_METRICS_PORT, env.ARBITER_METRICS_HOST).catch(
    (error: unknown) => {
      logger.warn("metrics endpoint unavailable", { port: env.ARBITER_METRICS_PORT, error: errorMessage(error) });
      return undefined;
    },
  );
  if (metricsServer) logger.info("metrics listening", { port: metricsServer.port, path: "/metrics" });

  let releasing = false;
  const { worker, slots } = createWorker({
    db,
    docker,
    connection,
    publisher,
    logger,
    workerId,
    concurrency: env.ARBITER_CONCURRENCY,
    ...(env.ARBITER_QUEUE ? { queueName: env.ARBITER_QUEUE } : {}),
    ...(env.ARBITER_PIN_CORES ? { pinCores: { cores: os.availableParallelism() } } : {}),
    ...(env.ARBITER_CPUSET ? { cpuset: env.ARBITER_CPUSET } : {}),
    lockDurationMs: env.ARBITER_LOCK_DURATION_MS,
    stalledIntervalMs: env.ARBITER_STALLED_INTERVAL_MS,
    metrics,
    isReleasing: () => releasing,
    testData,
    ...(pool ? { sandboxes: pool } : {}),
  });

  // Similarity checks share the process but not the judge's queue; Dolos itself runs in a child process.
  const similarityConnection = createRedis(env.REDIS_URL);
  similarityConnection.on("error", (error: Error) =>
    logger.warn("redis connection error", { connection: "similarity", error: error.message }),
  );
  const similarity = createSimilarityWorker({
    db,
    connection: similarityConnection,
    engine: processEngine,
    logger,
    workerId,
    ...(env.ARBITER_SIMILARITY_QUEUE ? { queueName: env.ARBITER_SIMILARITY_QUEUE } : {}),
  });

  const housekeeping = singleFlight(async () => {
    try {
      const report = await reconcileStranded(db, queue, { strandedAfterMs: env.ARBITER_STRANDED_AFTER_MS });
      if (report.requeued + report.failed > 0) logger.warn("reconciled stranded work", { ...report });
    } catch (error) {
      logger.warn("reconciler pass failed", { error: errorMessage(error) });
    }
    pool?.refill(); // drops waiting containers that went stale, tops up the kinds still in use
    try {
      const cleaned = await removeAbandonedSandboxes(docker);
      if (cleaned > 0) logger.warn("removed abandoned sandbox containers", { removed: cleaned });
    } catch (error) {
      logger.warn("janitor pass failed", { error: errorMessage(error) });
    }
  });
  void housekeeping();
  const timer = setInterval(() => void housekeeping(), env.ARBITER_RECONCILE_INTERVAL_S * 1000);
  logger.info("worker started", {
    concurrency: slots.size,
    pinCores: env.ARBITER_PIN_CORES,
    queue: env.ARBITER_QUEUE ?? "default",
  });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping: finishing running judgings", {
      signal,
      busy: slots.busy,
      graceMs: env.ARBITER_SHUTDOWN_GRACE_MS,
    });
    clearInterval(timer);
    // close() stops taking jobs and waits for the running ones; their sandboxes are removed in their finally blocks.
    const closing = Promise.all([worker.close(), similarity.close()]);
    if (!(await settlesWithin(closing, env.ARBITER_SHUTDOWN_GRACE_MS))) {
      // Past the grace: remove our sandboxes so the running judgings fail now. Their attempts are
      // recorded as IE judgings and the jobs go back to the queue (retry with backoff) for another worker.
      releasing = true;
      logger.warn("releasing running judgings to other workers", { busy: slots.busy });
      await removeAbandonedSandboxes(docker, { ownedBy: workerId }).catch(() => 0);
      if (!(await settlesWithin(closing, RELEASE_TIMEOUT_MS)))
        logger.error("running judgings did not stop; exiting anyway");
    }
    await closeQuietly(logger, [
      () => new Promise<void>((resolve) => (metricsServer ? metricsServer.server.close(() => resolve()) : resolve())),
      async () => pool?.close(),
      () => queue.close(),
      () => publisher.quit(),
      () => queueConnection.quit(),
      () => connection.quit(),
      () => similarityConnection.quit(),
      () => db.$disconnect(),
    ]);
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

/** Runs `task` unless a previous run is still going (a pass stuck on a Redis outage must not pile up). */
function singleFlight(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= task().finally(() => (running = undefined));
    return running;
  };
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const controller = new AbortController();
  const settled = await Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    sleep(ms, false, { signal: controller.signal }).catch(() => false),
  ]);
  controller.abort();
  return settled;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  try {
    return await Promise.race([
      promise,
      sleep(ms, undefined, { signal: controller.signal }).then(() =>
        Promise.reject(new Error(`timed out after ${ms} ms`)),
      ),
    ]);
  } finally {
    controller.abort();
  }
}

/** Closes each resource with a bound of its own, so a dead Redis cannot hold the exit. */
async function closeQuietly(logger: Logger, closers: (() => Promise<unknown>)[]): Promise<void> {
  for (const close of closers) {
    try {
      if (!(await settlesWithin(close(), 3000))) logger.warn("a connection did not close in time");
    } catch (error) {
      logger.warn("closing failed", { error: errorMessage(error) });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`judge worker cannot start: ${errorMessage(error)}\n`);
  process.exit(1);
});
