import { UnrecoverableError, Worker, type Job } from "bullmq";
import type Docker from "dockerode";
import type { Redis } from "ioredis";
import type { PrismaClient } from "@arbiter/db/client";
import { JUDGE_QUEUE_NAME, judgeJobInputSchema, type JudgeJob } from "@arbiter/shared";
import { UnjudgeableSubmissionError, judgeSubmission, markSubmissionFailed } from "@arbiter/judge";
import type { Logger } from "./logger";

export interface WorkerDeps {
  db: PrismaClient;
  docker: Docker;
  connection: Redis;
  logger: Logger;
  workerId: string;
  concurrency: number;
  queueName?: string;
  cpuset?: string;
}

/**
 * The BullMQ consumer: parses each job with the shared schema, judges it, and turns
 * "cannot ever judge this" into an unrecoverable failure. Built without signal handlers
 * so tests can run one in-process.
 */
export function createWorker(deps: WorkerDeps): Worker<JudgeJob> {
  const { db, docker, logger, workerId } = deps;
  const worker = new Worker<JudgeJob>(
    deps.queueName ?? JUDGE_QUEUE_NAME,
    async (job: Job<JudgeJob>) => {
      const parsed = judgeJobInputSchema.safeParse(job.data);
      if (!parsed.success) throw new UnrecoverableError("malformed judge job payload");
      if (parsed.data.kind !== "submission") throw new UnrecoverableError("custom runs are not judged by this worker yet");
      const { submissionId } = parsed.data;
      const started = Date.now();
      logger.info("judging", { submissionId, attempt: job.attemptsMade + 1, reason: parsed.data.reason });
      try {
        const outcome = await judgeSubmission(
          { db, docker, workerId, ...(deps.cpuset ? { cpuset: deps.cpuset } : {}) },
          submissionId,
        );
        logger.info("judged", { submissionId, ...outcome, ms: Date.now() - started });
        return outcome;
      } catch (error) {
        if (error instanceof UnjudgeableSubmissionError) throw new UnrecoverableError(error.message);
        throw error;
      }
    },
    { connection: deps.connection, concurrency: deps.concurrency, maxStalledCount: 3 },
  );
  worker.on("failed", (job, error) => {
    if (!job || job.data.kind === "custom") return;
    const submissionId = job.data.submissionId;
    const final = error.name === "UnrecoverableError" || job.attemptsMade >= (job.opts.attempts ?? 1);
    logger.error(final ? "judging failed for good" : "judging failed, will retry", {
      submissionId,
      attempt: job.attemptsMade,
      error: error.message,
    });
    if (final) void markSubmissionFailed(db, submissionId).catch(() => undefined);
  });
  worker.on("error", (error) => logger.error("worker error", { error: error.message }));
  return worker;
}
