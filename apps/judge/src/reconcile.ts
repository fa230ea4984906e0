import type { PrismaClient } from "@arbiter/db/client";
import { enqueueJudge, type JudgeQueue } from "@arbiter/core";

/** A submission this old with no live job is considered stranded, in ms. */
const STRANDED_AFTER_MS = 15_000;

/**
 * The database is the source of truth: any submission not done whose job is missing
 * (Redis lost it, or the web could not enqueue) or already finished is enqueued again.
 * Returns how many were re-enqueued.
 */
export async function reconcileStranded(db: PrismaClient, queue: JudgeQueue): Promise<number> {
  const candidates = await db.submission.findMany({
    where: { status: { in: ["queued", "judging"] }, createdAt: { lt: new Date(Date.now() - STRANDED_AFTER_MS) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  let enqueued = 0;
  for (const { id } of candidates) {
    const job = await queue.getJob(`submission-${id}`);
    const state = job ? await job.getState() : "missing";
    if (state !== "missing" && state !== "completed" && state !== "failed" && state !== "unknown") continue;
    if (job) await job.remove().catch(() => undefined);
    await enqueueJudge(queue, { kind: "submission", submissionId: id, reason: "reconcile" }, { tier: "practice" });
    enqueued++;
  }
  return enqueued;
}
