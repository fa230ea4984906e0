import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { parseRecordId } from "../recordId";
import type { JudgeQueue } from "../queue";
import { requestRejudge, type RejudgeOutcome } from "./requestRejudge";

/**
 * Judges a submission again (see requestRejudge for what happens to its status and
 * verdict meanwhile). Permission checks are the caller's: this is a staff operation.
 */
export async function rejudgeSubmission(
  db: PrismaClient,
  queue: JudgeQueue,
  submissionId: string,
): Promise<RejudgeOutcome> {
  const submission = await db.submission.findUnique({
    where: { id: parseRecordId(submissionId, "submission id") },
    select: { id: true },
  });
  if (!submission) throw new AppError("not_found", "No such submission.");
  return requestRejudge(db, queue, submissionId);
}
