import type { PrismaClient } from "@arbiter/db/client";

/**
 * finished → queued again for a rejudge, only if no judging has started since
 * `requestedAt` (one that did already reads the new data). Its verdict and score stay
 * those of the last finished judging until the new one finishes.
 */
export async function requeueSubmission(db: PrismaClient, submissionId: string, requestedAt: Date): Promise<void> {
  await db.submission.updateMany({
    where: { id: submissionId, status: "done", judgings: { none: { startedAt: { gte: requestedAt } } } },
    data: { status: "queued" },
  });
}
