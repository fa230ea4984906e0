import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { LANGUAGE_IDS, MAX_PENDING_CUSTOM_RUNS, customRunRequestSchema, isLanguageId } from "@arbiter/shared";
import { AppError } from "../errors";
import { enqueueJudge, type JudgeQueue } from "../queue";
import { firstIssueMessage } from "../zodMessages";

/** How long a run request waits for Redis before leaving the job to the reconciler, in ms. */
const ENQUEUE_TIMEOUT_MS = 3000;

export interface CreatedCustomRun {
  id: string;
  /** False when the queue was unreachable: the row is stored and the reconciler enqueues it later. */
  enqueued: boolean;
}

/**
 * Stores a "run my code on my input" request, then enqueues it in the custom-run tier
 * (after contest, homework and practice submissions, before rejudges). Like a
 * submission, the row comes first so a queue outage loses nothing. A user may have at
 * most MAX_PENDING_CUSTOM_RUNS unfinished runs.
 */
export async function createCustomRun(
  db: PrismaClient,
  queue: JudgeQueue,
  user: Pick<User, "id">,
  body: unknown,
): Promise<CreatedCustomRun> {
  const parsed = customRunRequestSchema.safeParse(body, { reportInput: true });
  if (!parsed.success) throw new AppError("bad_request", firstIssueMessage(parsed.error));
  const { problem: slug, language, source, input } = parsed.data;

  if (!isLanguageId(language)) {
    throw new AppError("bad_request", `Unknown language "${language}". Known languages: ${LANGUAGE_IDS.join(", ")}.`);
  }
  const runtime = await db.runtime.findUnique({ where: { language } });
  if (!runtime) throw new AppError("bad_request", `Language "${language}" is not installed on this judge.`);
  const problem = await db.problem.findUnique({ where: { slug }, select: { id: true } });
  if (!problem) throw new AppError("bad_request", `There is no problem called "${slug}".`);

  const pending = await db.customRun.count({ where: { userId: user.id, status: { not: "done" } } });
  if (pending >= MAX_PENDING_CUSTOM_RUNS) {
    throw new AppError("rate_limited", `You already have ${pending} runs waiting; wait for one to finish.`);
  }
  const run = await db.customRun.create({
    data: {
      userId: user.id,
      problemId: problem.id,
      language,
      source,
      input: new Uint8Array(Buffer.from(input, "utf8")),
    },
    select: { id: true },
  });
  const enqueued = await withTimeout(
    enqueueJudge(queue, { kind: "custom", customRunId: run.id }, { tier: "custom", userPending: pending }),
    ENQUEUE_TIMEOUT_MS,
  );
  return { id: run.id, enqueued };
}

/** True when the enqueue finished in time; false on timeout or error (the reconciler takes over). */
async function withTimeout(enqueue: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([enqueue.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
