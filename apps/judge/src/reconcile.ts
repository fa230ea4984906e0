import type { PrismaClient } from "@arbiter/db/client";
import {
  enqueueJudge,
  enqueueSubmission,
  jobIdFor,
  jobProgress,
  submissionJobIds,
  type JudgeQueue,
} from "@arbiter/core";
import { finalizeFailedJob } from "./finalizeFailedJob";
import { isLocalWorkerAlive } from "./workerLiveness";

/** Rows looked at per pass, oldest first. */
const BATCH = 500;
/** A submission that failed this many judgings (each closed as IE) is given up on, not enqueued again. */
const MAX_FAILED_JUDGINGS = 10;
/** A custom run still unfinished after this long is ended as IE rather than run again, in ms. */
const CUSTOM_RUN_GIVE_UP_MS = 60 * 60 * 1000;

export interface ReconcileOptions {
  /** Rows younger than this are left alone: their enqueue may still be on its way, in ms. */
  strandedAfterMs: number;
  /**
   * An unfinished judging younger than this, by a worker not known to be dead, may still
   * be running even though Redis lost its job (Redis restarted empty): leave it, in ms.
   */
  judgingStaleAfterMs?: number;
  isWorkerAlive?: (workerId: string) => boolean | undefined;
}

export interface ReconcileReport {
  /** Submissions and custom runs enqueued again. */
  requeued: number;
  /** Rows given up on and finished as IE. */
  failed: number;
}

/**
 * The database is the source of truth. Any submission or custom run that is not done and
 * has no pending or running job (Redis lost it, the web could not enqueue it, or its job
 * ended without finishing the row) is enqueued again. The row is re-read after the job
 * lookup, so a judging that finished in between is not repeated.
 */
export async function reconcileStranded(
  db: PrismaClient,
  queue: JudgeQueue,
  options: ReconcileOptions,
): Promise<ReconcileReport> {
  const report: ReconcileReport = { requeued: 0, failed: 0 };
  const cutoff = new Date(Date.now() - options.strandedAfterMs);
  const submissions = await db.submission.findMany({
    where: { status: { in: ["queued", "judging"] }, createdAt: { lt: cutoff } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  for (const { id } of submissions) {
    const outcome = await reconcileSubmission(db, queue, id, options);
    if (outcome !== "skipped") report[outcome]++;
  }
  const runs = await db.customRun.findMany({
    where: { status: { in: ["queued", "judging"] }, createdAt: { lt: cutoff } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: BATCH,
  });
  for (const { id } of runs) {
    const outcome = await reconcileCustomRun(db, queue, id);
    if (outcome !== "skipped") report[outcome]++;
  }
  return report;
}

type Outcome = "requeued" | "failed" | "skipped";

async function reconcileSubmission(
  db: PrismaClient,
  queue: JudgeQueue,
  id: string,
  options: ReconcileOptions,
): Promise<Outcome> {
  for (const jobId of submissionJobIds(id)) if ((await jobProgress(queue, jobId)) !== "none") return "skipped";
  const row = await db.submission.findUnique({
    where: { id },
    select: {
      status: true,
      judgings: {
        where: { finishedAt: null },
        orderBy: { startedAt: "desc" },
        take: 1,
        select: { workerId: true, startedAt: true },
      },
      _count: { select: { judgings: { where: { verdict: "IE" } } } },
    },
  });
  if (!row || row.status === "done") return "skipped";
  const running = row.judgings[0];
  const isAlive = options.isWorkerAlive ?? isLocalWorkerAlive;
  if (
    running &&
    Date.now() - running.startedAt.getTime() < (options.judgingStaleAfterMs ?? 15 * 60 * 1000) &&
    isAlive(running.workerId) !== false
  ) {
    return "skipped";
  }
  if (row._count.judgings >= MAX_FAILED_JUDGINGS) {
    await finalizeFailedJob(db, { kind: "submission", submissionId: id, reason: "reconcile" });
    return "failed";
  }
  return (await enqueueSubmission(db, queue, id, "reconcile")) ? "requeued" : "skipped";
}

async function reconcileCustomRun(db: PrismaClient, queue: JudgeQueue, id: string): Promise<Outcome> {
  if ((await jobProgress(queue, jobIdFor({ kind: "custom", customRunId: id }))) !== "none") return "skipped";
  const row = await db.customRun.findUnique({ where: { id }, select: { status: true, createdAt: true } });
  if (!row || row.status === "done") return "skipped";
  if (Date.now() - row.createdAt.getTime() > CUSTOM_RUN_GIVE_UP_MS) {
    await finalizeFailedJob(db, { kind: "custom", customRunId: id });
    return "failed";
  }
  const added = await enqueueJudge(queue, { kind: "custom", customRunId: id }, { tier: "custom" });
  return added ? "requeued" : "skipped";
}
