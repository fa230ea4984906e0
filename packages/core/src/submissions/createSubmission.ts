import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { LANGUAGE_IDS, isLanguageId, submitRequestSchema } from "@arbiter/shared";
import { AppError } from "../errors";
import { enqueueSubmission, type JudgeQueue } from "../queue";
import { firstIssueMessage } from "../zodMessages";

/** How long a submit waits for Redis before leaving the job to the reconciler, in ms. */
const ENQUEUE_TIMEOUT_MS = 3000;

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

  if (!isLanguageId(language)) {
    throw new AppError("bad_request", `Unknown language "${language}". Known languages: ${LANGUAGE_IDS.join(", ")}.`);
  }
  const runtime = await db.runtime.findUnique({ where: { language } });
  if (!runtime) throw new AppError("bad_request", `Language "${language}" is not installed on this judge.`);
  const problem = await db.problem.findUnique({ where: { slug }, select: { id: true } });
  if (!problem) throw new AppError("bad_request", `There is no problem called "${slug}".`);

  const submission = await db.submission.create({
    data: { userId: user.id, problemId: problem.id, language, source },
    select: { id: true },
  });
  const enqueued = await enqueueWithTimeout(db, queue, submission.id);
  return { id: submission.id, enqueued };
}

async function enqueueWithTimeout(db: PrismaClient, queue: JudgeQueue, submissionId: string): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ENQUEUE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([enqueueSubmission(db, queue, submissionId, "submit").then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
