import type { PrismaClient } from "@arbiter/db/client";

/**
 * Ends a submission the judge could not judge after every retry: the student sees
 * "Internal Error" (the judge's fault, to be rejudged), never a verdict against them.
 */
export async function markSubmissionFailed(db: PrismaClient, submissionId: string): Promise<void> {
  await db.submission.updateMany({
    where: { id: submissionId, status: { not: "done" } },
    data: { status: "done", verdict: "IE", score: 0 },
  });
}
