import { UnrecoverableError, type Job } from "bullmq";
import type Docker from "dockerode";
import type { Redis } from "ioredis";
import type { SubmissionLifecycle } from "@arbiter/core/lifecycle";
import type { PrismaClient } from "@arbiter/db/client";
import type { CustomRunContext, JudgeContext, JudgeOutcome, JudgingTimings, TestDataCache } from "@arbiter/judge";
import type { SandboxOpener } from "@arbiter/sandbox";
import {
  customRunChannel,
  judgeJobInputSchema,
  submissionChannel,
  type JudgeEvent,
  type JudgeJob,
  type Verdict,
} from "@arbiter/shared";
import { classifyFailure, isCheckerFailure, isSandboxFailure } from "./failures";
import { finalizeFailedJob } from "./finalizeFailedJob";
import { errorMessage, type Logger } from "./logger";
import type { WorkerMetrics } from "./metrics";
import type { Slot } from "./slots";

/** The judge pipeline's two entry points; tests substitute their own. */
export interface JudgeFunctions {
  judgeSubmission(ctx: JudgeContext, submissionId: string): Promise<JudgeOutcome>;
  judgeCustomRun(ctx: CustomRunContext, customRunId: string): Promise<void>;
}

export interface JudgeJobDeps {
  db: PrismaClient;
  docker: Docker;
  /** A connection of its own: a publisher must not share the worker's blocking connection. */
  publisher: Redis;
  /** Stores and publishes every submission state change; built on db and publisher by createWorker. */
  lifecycle: SubmissionLifecycle;
  logger: Logger;
  workerId: string;
  judges: JudgeFunctions;
  metrics?: WorkerMetrics;
  /** True once shutdown releases running jobs: their failures are not final. */
  isReleasing?: () => boolean;
  /** The worker's warm pool of sandboxes; without one, each judging opens its own. */
  sandboxes?: SandboxOpener;
  /** This host's test file cache. */
  testData?: TestDataCache;
  /** Receives each judging's time per step (bench:judge's breakdown). */
  onTimings?: (submissionId: string, timings: JudgingTimings, span: { startedAt: number; finishedAt: number }) => void;
}

export interface JudgeJobResult {
  verdict: Verdict;
}

/**
 * Judges one queue job in one sandbox slot: a submission through judgeSubmission, a
 * custom run through judgeCustomRun. Every event the judge reports is published on the
 * job's Redis channel as JSON the moment it happens. A failure is classified: retried
 * with backoff (transient) or ended at once (unrecoverable); on the last attempt the row
 * is finished as IE here, before BullMQ moves the job to failed.
 */
export async function judgeJob(deps: JudgeJobDeps, job: Job<JudgeJob>, slot: Slot): Promise<JudgeJobResult> {
  const parsed = judgeJobInputSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError("malformed judge job payload");
  const data = parsed.data;
  const kind = data.kind;
  const log = deps.logger.child(
    data.kind === "submission"
      ? { submissionId: data.submissionId, reason: data.reason, jobId: job.id }
      : { customRunId: data.customRunId, jobId: job.id },
  );
  const channel =
    data.kind === "submission" ? submissionChannel(data.submissionId) : customRunChannel(data.customRunId);
  const publish = (event: JudgeEvent): void => {
    deps.publisher.publish(channel, JSON.stringify(event)).catch((error: unknown) => {
      log.warn("cannot publish a judge event", { event: event.type, error: errorMessage(error) });
    });
  };
  let finalEvent: Extract<JudgeEvent, { type: "done" }> | undefined;
  const onEvent = (event: JudgeEvent): void => {
    if (event.type === "done") finalEvent = event;
    publish(event);
  };

  const started = Date.now();
  const attempt = job.attemptsMade + 1;
  log.info("judging", { attempt, slot: slot.index, ...(slot.cpuset ? { cpuset: slot.cpuset } : {}) });
  try {
    const ctx = {
      db: deps.db,
      docker: deps.docker,
      workerId: deps.workerId,
      lifecycle: deps.lifecycle,
      onEvent,
      ...(slot.cpuset ? { cpuset: slot.cpuset } : {}),
      ...(deps.sandboxes ? { sandboxes: deps.sandboxes } : {}),
    };
    let verdict: Verdict;
    if (data.kind === "submission") {
      const timings: JudgingTimings | undefined = deps.onTimings ? {} : undefined;
      const startedAt = performance.now();
      const outcome = await deps.judges.judgeSubmission(
        {
          ...ctx,
          reason: data.reason,
          ...(deps.testData ? { testData: deps.testData } : {}),
          ...(timings ? { timings } : {}),
        },
        data.submissionId,
      );
      if (timings) deps.onTimings?.(data.submissionId, timings, { startedAt, finishedAt: performance.now() });
      verdict = outcome.verdict;
      log.info("judged", { verdict, score: outcome.score, ms: Date.now() - started });
    } else {
      await deps.judges.judgeCustomRun(ctx, data.customRunId);
      verdict = finalEvent?.verdict ?? "AC";
      log.info("ran", { verdict, ms: Date.now() - started });
    }
    deps.metrics?.verdicts.inc({ kind, verdict });
    // The judge returns IE as a result (not an error) only when the problem's checker or interactor is broken.
    if (verdict === "IE") deps.metrics?.checkerFailures.inc();
    deps.metrics?.duration.observe({ kind }, (Date.now() - started) / 1000);
    deps.metrics?.latency.observe({ kind }, (Date.now() - job.timestamp) / 1000);
    return { verdict };
  } catch (error) {
    const failure = classifyFailure(error);
    const releasing = deps.isReleasing?.() ?? false;
    const final = !releasing && (failure === "unrecoverable" || attempt >= (job.opts.attempts ?? 1));
    if (isSandboxFailure(error)) deps.metrics?.sandboxFailures.inc();
    if (isCheckerFailure(error)) deps.metrics?.checkerFailures.inc();
    deps.metrics?.jobFailures.inc({ kind, final: String(final) });
    const fields = {
      attempt,
      error: errorMessage(error),
      errorName: error instanceof Error ? error.name : typeof error,
    };
    if (releasing) log.warn("judging released at shutdown; another worker takes it", fields);
    else log.error(final ? "judging failed for good" : "judging failed, will retry", fields);
    if (final) {
      try {
        const event = await finalizeFailedJob(deps.db, data, deps.lifecycle);
        // A submission's lifecycle published its final event itself.
        if (data.kind === "custom") publish(event);
        deps.metrics?.verdicts.inc({ kind, verdict: event.verdict });
      } catch (finalizeError) {
        // The row stays unfinished; the reconciler finds it and enqueues it again.
        log.error("cannot store the failure; the reconciler will retry", { error: errorMessage(finalizeError) });
      }
    }
    throw failure === "unrecoverable" ? new UnrecoverableError(errorMessage(error)) : error;
  }
}
