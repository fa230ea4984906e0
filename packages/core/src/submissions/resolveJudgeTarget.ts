import type { PrismaClient } from "@arbiter/db/client";
import { LANGUAGE_IDS, isLanguageId, type LanguageId } from "@arbiter/shared";
import { AppError } from "../errors";
import type { Actor } from "../permissions/can";
import { canViewProblem } from "../problems/canViewProblem";

/**
 * The problem and language a practice submission or custom run asks for, checked: a
 * known language, installed on the judge, and a problem the user may see (a course's
 * private problem is as unknown as a missing one to everyone but its staff, and to its
 * students opening it from an open assignment that lists it: `assignment`). Throws
 * `AppError("bad_request")` with a message for the person who asked.
 */
export async function resolveJudgeTarget(
  db: PrismaClient,
  user: Actor,
  slug: string,
  language: string,
  place: { assignment?: string | undefined; now?: Date } = {},
): Promise<{ problemId: string; language: LanguageId }> {
  const languageId = await resolveLanguage(db, language);
  const problem = await db.problem.findUnique({
    where: { slug },
    select: { id: true, isPublic: true, courseId: true, authorId: true },
  });
  const visible = problem && (await canViewProblem(db, user, problem, place.assignment, place.now ?? new Date()));
  if (!problem || !visible) {
    throw new AppError("bad_request", `There is no problem called "${slug}".`, {
      reason: "problem_unknown",
      field: "problem",
    });
  }
  return { problemId: problem.id, language: languageId };
}

/** A known language that is installed on the judge, or a 400 saying which is wrong. */
export async function resolveLanguage(db: PrismaClient, language: string): Promise<LanguageId> {
  if (!isLanguageId(language)) {
    throw new AppError("bad_request", `Unknown language "${language}". Known languages: ${LANGUAGE_IDS.join(", ")}.`, {
      reason: "language_unknown",
      field: "language",
    });
  }
  const runtime = await db.runtime.findUnique({ where: { language } });
  if (!runtime) {
    throw new AppError("bad_request", `Language "${language}" is not installed on this judge.`, {
      reason: "language_not_installed",
      field: "language",
    });
  }
  return language;
}
