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
