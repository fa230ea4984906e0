/**
 * The judge worker process: validates its environment, refuses to start unless Docker
 * answers and the sandbox contains code (self-test), registers the installed language
 * runtimes, then consumes the judge queue until SIGTERM/SIGINT.
 */
import { createPrismaClient } from "@arbiter/db/client";
import { createRedis, openJudgeQueue } from "@arbiter/core";
import { registerRuntimes } from "@arbiter/judge";
import { createDocker, removeStaleSandboxes, runSelftest, sandboxImageRef, allImageFamilies } from "@arbiter/sandbox";
import { createWorker } from "./createWorker";
import { loadEnv } from "./env";
import { createLogger } from "./logger";
import { reconcileStranded } from "./reconcile";

async function main(): Promise<void> {
  const env = loadEnv();
  const logger = createLogger({ worker: env.ARBITER_WORKER_ID });
  const docker = createDocker();
  await docker.ping().catch((error: unknown) => {
    throw new Error(`Docker is not reachable (${error instanceof Error ? error.message : String(error)}); run npm run up`);
  });
  const removed = await removeStaleSandboxes(docker);
  if (removed > 0) logger.warn("removed abandoned sandbox containers", { removed });

  const checks = await runSelftest(docker, sandboxImageRef(allImageFamilies()[0] ?? "python"), env.ARBITER_WORKER_ID);
  const failed = checks.filter((c) => !c.ok);
  if (failed.length > 0) {
    for (const check of failed) logger.error("sandbox self-test failed", { check: check.name, detail: check.detail });
    throw new Error("the sandbox does not contain code on this machine; refusing to judge");
  }
  logger.info("sandbox self-test passed", { checks: checks.length });

  const db = createPrismaClient(env.DATABASE_URL);
  for (const runtime of await registerRuntimes(db, docker, env.ARBITER_WORKER_ID)) {
    if (runtime.error) logger.warn("language unavailable", { language: runtime.language, error: runtime.error });
    else logger.info("language ready", { language: runtime.language, version: runtime.version });
  }

  const connection = createRedis(env.REDIS_URL);
  const queue = openJudgeQueue(createRedis(env.REDIS_URL), env.ARBITER_QUEUE);
  const worker = createWorker({
    db,
    docker,
    connection,
    logger,
    workerId: env.ARBITER_WORKER_ID,
    concurrency: env.ARBITER_CONCURRENCY,
    ...(env.ARBITER_QUEUE ? { queueName: env.ARBITER_QUEUE } : {}),
    ...(env.ARBITER_CPUSET ? { cpuset: env.ARBITER_CPUSET } : {}),
  });

  const housekeeping = async (): Promise<void> => {
    try {
      const requeued = await reconcileStranded(db, queue);
      if (requeued > 0) logger.warn("re-enqueued stranded submissions", { requeued });
      await removeStaleSandboxes(docker);
    } catch (error) {
      logger.warn("housekeeping failed", { error: error instanceof Error ? error.message : String(error) });
    }
  };
  await housekeeping();
  const timer = setInterval(() => void housekeeping(), env.ARBITER_RECONCILE_INTERVAL_S * 1000);
  logger.info("worker started", { concurrency: env.ARBITER_CONCURRENCY, queue: env.ARBITER_QUEUE ?? "default" });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping: finishing running judgings", { signal });
    clearInterval(timer);
    // close() waits for the running jobs; their sandboxes are removed in their finally blocks.
    await worker.close();
    await queue.close();
    await connection.quit().catch(() => undefined);
    await db.$disconnect();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(`judge worker cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
