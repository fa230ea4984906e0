import type { PrismaClient } from "@arbiter/db/client";
import { LANGUAGE_IDS, isLanguageId, type LanguageId } from "@arbiter/shared";
import { AppError } from "../errors";

/**
 * The problem and language a submission or custom run asks for, checked: a known
 * language, installed on the judge, and an existing problem. Throws
 * `AppError("bad_request")` with a message for the person who asked.
 */
export async function resolveJudgeTarget(
  db: PrismaClient,
  slug: string,
  language: string,
): Promise<{ problemId: string; language: LanguageId }> {
  if (!isLanguageId(language)) {
    throw new AppError("bad_request", `Unknown language "${language}". Known languages: ${LANGUAGE_IDS.join(", ")}.`);
  }
  const runtime = await db.runtime.findUnique({ where: { language } });
  if (!runtime) throw new AppError("bad_request", `Language "${language}" is not installed on this judge.`);
  const problem = await db.problem.findUnique({ where: { slug }, select: { id: true } });
  if (!problem) throw new AppError("bad_request", `There is no problem called "${slug}".`);
  return { problemId: problem.id, language };
}

/** How long a request waits for Redis before leaving the job to the reconciler, in ms. */
const ENQUEUE_TIMEOUT_MS = 3000;

/**
 * True when the enqueue finished in time; false on timeout or error. The row is already
 * stored by then, so a slow or absent Redis costs the person a few seconds at most and
 * the worker's reconciler enqueues the job later.
 */
export async function enqueueWithinTimeout(enqueue: Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ENQUEUE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([enqueue.then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
