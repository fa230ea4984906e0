import { UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { failSimilarityCheck, runSimilarityCheck, type SimilarityEngine } from "@arbiter/core/similarity";
import type { PrismaClient } from "@arbiter/db/client";
import { SIMILARITY_QUEUE_NAME, similarityJobSchema, type SimilarityJob } from "@arbiter/shared";
import { errorMessage, type Logger } from "../logger";

export interface SimilarityWorkerDeps {
  db: PrismaClient;
  /** BullMQ's connection (it opens a blocking duplicate of its own). */
  connection: Redis;
  engine: SimilarityEngine;
  logger: Logger;
  workerId: string;
  queueName?: string;
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/** A killed worker's check is handed to another worker once; a check that kills workers twice is failed. */
const MAX_STALLED_COUNT = 1;

/**
 * Consumes similarity checks, one at a time per worker process (a check is CPU-bound and
 * the judge needs the cores more). The check row, not the job, holds the input, so the job
 * is only its id; an engine failure marks the check failed with a message for staff.
 */
export function createSimilarityWorker(deps: SimilarityWorkerDeps): Worker<SimilarityJob, string> {
  const worker = new Worker<SimilarityJob, string>(
    deps.queueName ?? SIMILARITY_QUEUE_NAME,
    async (job) => {
      const parsed = similarityJobSchema.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError("malformed similarity job");
      const { checkId } = parsed.data;
      const started = Date.now();
      try {
        const outcome = await runSimilarityCheck(deps.db, deps.engine, checkId);
        deps.logger.info("similarity check finished", { checkId, outcome, ms: Date.now() - started });
        return outcome;
      } catch (error) {
        deps.logger.error("similarity check failed", { checkId, error: errorMessage(error) });
        await failSimilarityCheck(deps.db, checkId, "The similarity engine could not compare these submissions.");
        throw new UnrecoverableError(errorMessage(error));
      }
    },
    {
      connection: deps.connection,
      concurrency: 1,
      name: `${deps.workerId}-similarity`,
      lockDuration: deps.lockDurationMs ?? 30_000,
      stalledInterval: deps.stalledIntervalMs ?? 30_000,
      maxStalledCount: MAX_STALLED_COUNT,
    },
  );
  worker.on("failed", (job, error) => {
    // A job failed for stalling too often never reached the processor's catch.
    if (job) {
      void failSimilarityCheck(deps.db, job.data.checkId, "The check stopped before it finished; run it again.").catch(
        () => undefined,
      );
    }
    deps.logger.warn("similarity job failed", { jobId: job?.id, error: error.message });
  });
  worker.on("error", (error) => deps.logger.warn("similarity worker error", { error: errorMessage(error) }));
  return worker;
}
