import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { submitRequestSchema } from "@arbiter/shared";
import { AppError } from "../errors";
import { enqueueSubmission, type JudgeQueue } from "../queue";
import { firstIssueMessage } from "../zodMessages";
import { enqueueWithinTimeout } from "../enqueueWithinTimeout";
import { resolveJudgeTarget } from "./resolveJudgeTarget";

export interface CreatedSubmission {
  id: string;
  /** False when the queue was unreachable: the row is stored and the reconciler enqueues it later. */
  enqueued: boolean;
}

/**
 * Stores a submission, then enqueues it. The row is written first so that a queue
 * outage never loses work: the worker's reconciler re-enqueues anything still queued.
 */
export async function createSubmission(
  db: PrismaClient,
  queue: JudgeQueue,
  user: Pick<User, "id">,
  body: unknown,
): Promise<CreatedSubmission> {
  const parsed = submitRequestSchema.safeParse(body, { reportInput: true });
  if (!parsed.success) throw new AppError("bad_request", firstIssueMessage(parsed.error));
  const { problem: slug, language, source } = parsed.data;

  const target = await resolveJudgeTarget(db, slug, language);

  const submission = await db.submission.create({
    data: { userId: user.id, ...target, source },
    select: { id: true },
  });
  const enqueued = await enqueueWithinTimeout(enqueueSubmission(db, queue, submission.id, "submit"));
  return { id: submission.id, enqueued };
}
