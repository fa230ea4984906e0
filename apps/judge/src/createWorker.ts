import { Worker } from "bullmq";
import type Docker from "dockerode";
import type { Redis } from "ioredis";
import { createSubmissionLifecycle, type SubmissionLifecycle } from "@arbiter/core/lifecycle";
import type { PrismaClient } from "@arbiter/db/client";
import { judgeCustomRun, judgeSubmission, type TestDataCache } from "@arbiter/judge";
import type { SandboxOpener } from "@arbiter/sandbox";
import { JUDGE_QUEUE_NAME, submissionChannel, type JudgeJob } from "@arbiter/shared";
import { judgeJob, type JudgeFunctions, type JudgeJobDeps, type JudgeJobResult } from "./judgeJob";
import { errorMessage, type Logger } from "./logger";
import type { WorkerMetrics } from "./metrics";
import { SlotPool, pinnedCore } from "./slots";

export interface WorkerDeps {
  db: PrismaClient;
  docker: Docker;
  /** BullMQ's connection (it opens a blocking duplicate of its own). */
  connection: Redis;
  /** A separate connection for publishing live judge events. */
  publisher: Redis;
  logger: Logger;
  workerId: string;
  /** Sandbox slots = jobs judged at once. */
  concurrency: number;
  queueName?: string;
  /** Pin slot i to core i+1 of `cores`; wins over `cpuset`. */
  pinCores?: { cores: number };
  /** Pin every slot to these cores. */
  cpuset?: string;
  /** See env.ts: how fast a killed worker's job comes back. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  metrics?: WorkerMetrics;
  /** The warm pool sandboxes come from; without one each judging opens its own. */
  sandboxes?: SandboxOpener;
  /** This host's test file cache; without one, the judge's per-process default. */
  testData?: TestDataCache;
  /** Receives each judging's time per step (bench:judge). */
  onTimings?: JudgeJobDeps["onTimings"];
  /** Stand-ins for the judge pipeline (tests of queue behaviour). */
  judges?: Partial<JudgeFunctions>;
  isReleasing?: () => boolean;
}

export interface JudgeWorker {
  worker: Worker<JudgeJob, JudgeJobResult>;
  slots: SlotPool;
}

/** A killed worker's job may come back this many times before it is failed (a job that kills workers). */
const MAX_STALLED_COUNT = 3;

/**
 * The BullMQ consumer: one job per sandbox slot, each judged by judgeJob. Built without
 * signal handlers so tests can run one in-process; main() owns the process lifecycle.
 */
export function createWorker(deps: WorkerDeps): JudgeWorker {
  const slots = new SlotPool(deps.concurrency, (index) =>
    deps.pinCores ? pinnedCore(index, deps.pinCores.cores) : deps.cpuset,
  );
  deps.metrics?.slots.set(slots.size);
  deps.metrics?.busySlots.set(0);
  const judges: JudgeFunctions = { judgeSubmission, judgeCustomRun, ...deps.judges };
  const lifecycle = workerLifecycle(deps);
  const worker = new Worker<JudgeJob, JudgeJobResult>(
    deps.queueName ?? JUDGE_QUEUE_NAME,
    async (job) => {
      const slot = slots.acquire();
      deps.metrics?.busySlots.set(slots.busy);
      try {
        return await judgeJob({ ...deps, judges, lifecycle }, job, slot);
      } finally {
        slots.release(slot);
        deps.metrics?.busySlots.set(slots.busy);
      }
    },
    {
      connection: deps.connection,
      concurrency: deps.concurrency,
      name: deps.workerId,
      lockDuration: deps.lockDurationMs ?? 30_000,
      stalledInterval: deps.stalledIntervalMs ?? 30_000,
      maxStalledCount: MAX_STALLED_COUNT,
    },
  );
  worker.on("stalled", (jobId) =>
    deps.logger.warn("a job lost its worker and goes back to the queue", { jobId, ...idsOfJob(jobId) }),
  );
  worker.on("error", (error) => {
    // Redis being away is logged once per reconnect attempt by the connections themselves.
    if (isConnectionError(error)) deps.logger.warn("queue unreachable, retrying", { error: error.message });
    else deps.logger.error("worker error", { error: errorMessage(error) });
  });
  return { worker, slots };
}

/** Submission state changes stored through the lifecycle, published live, hook failures logged. */
function workerLifecycle(deps: WorkerDeps): SubmissionLifecycle {
  return createSubmissionLifecycle({
    db: deps.db,
    publish: (submissionId, event) => {
      deps.publisher.publish(submissionChannel(submissionId), JSON.stringify(event)).catch((error: unknown) => {
        deps.logger.warn("cannot publish a judge event", {
          submissionId,
          event: event.type,
          error: errorMessage(error),
        });
      });
    },
    announce: (channel, message) => {
      deps.publisher.publish(channel, message).catch((error: unknown) => {
        deps.logger.warn("cannot announce a change", { channel, error: errorMessage(error) });
      });
    },
    onHookFailure: (hook, error) =>
      deps.logger.error("an after-judge hook failed; the verdict is stored", { hook, error: errorMessage(error) }),
  });
}

function isConnectionError(error: Error): boolean {
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|Connection is closed/.test(error.message);
}

/** The submission or custom run a job id names (see jobIdFor), for log lines that only have the id. */
function idsOfJob(jobId: string): { submissionId?: string; customRunId?: string } {
  const match = /^(submission|rejudge|custom)-([^-]+)/.exec(jobId);
  if (!match) return {};
  return match[1] === "custom" ? { customRunId: match[2] } : { submissionId: match[2] };
}
