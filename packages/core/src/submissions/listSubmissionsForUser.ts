import type { User } from "@arbiter/db";
import type { Prisma, PrismaClient } from "@arbiter/db/client";
import { languageIdSchema, scoringSchema, verdictSchema, type SubmissionView } from "@arbiter/shared";
import { z } from "zod";
import { hasControlCharacters, parseRecordId } from "../recordId";
import { scoreScale, type ScoreScale } from "./scoreScale";

/** Largest page `listSubmissionsForUser` returns. */
export const MAX_SUBMISSIONS_PAGE = 100;

/**
 * Filters of a submission history (the `/submissions` page and `GET /api/v1/submissions`).
 * `verdict` is a final verdict code, or `pending` for submissions not judged yet.
 */
export const submissionFiltersSchema = z.object({
  problem: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .refine((s) => !hasControlCharacters(s), { error: "must not contain control characters" })
    .optional(),
  verdict: z.union([verdictSchema, z.literal("pending")]).optional(),
  language: languageIdSchema.optional(),
});
export type SubmissionFilters = z.infer<typeof submissionFiltersSchema>;

export interface ListSubmissionsOptions extends SubmissionFilters {
  /** Page size; capped at `MAX_SUBMISSIONS_PAGE`. */
  take?: number;
  /** Id of the last submission of the previous page. */
  cursor?: string;
}

/** A row of a history: the view without per-test detail, plus what a list shows. */
export interface SubmissionSummary extends SubmissionView {
  problemTitle: string;
  scoreScale: ScoreScale;
}

/** The user's own submissions, newest first, filtered, without per-test detail (`tests` is `[]`). */
export async function listSubmissionsForUser(
  db: PrismaClient,
  user: Pick<User, "id">,
  options: ListSubmissionsOptions = {},
): Promise<SubmissionSummary[]> {
  return querySubmissionSummaries(db, user, options, clampTake(options.take ?? 50));
}

/** A page size within 1..`MAX_SUBMISSIONS_PAGE`. */
export function clampTake(take: number): number {
  return Math.min(Math.max(Math.trunc(take) || 1, 1), MAX_SUBMISSIONS_PAGE);
}

/** The query behind both list operations; `limit` rows at most. Not exported from the package. */
export async function querySubmissionSummaries(
  db: PrismaClient,
  user: Pick<User, "id">,
  options: ListSubmissionsOptions,
  limit: number,
): Promise<SubmissionSummary[]> {
  const where: Prisma.SubmissionWhereInput = { userId: user.id };
  if (options.problem) where.problem = { slug: options.problem };
  if (options.language) where.language = options.language;
  if (options.verdict === "pending") where.status = { not: "done" };
  else if (options.verdict) Object.assign(where, { status: "done", verdict: options.verdict });

  const rows = await db.submission.findMany({
    where,
    // The (userId, createdAt) index serves this order; id breaks ties between equal timestamps.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    // The cursor only positions the page (an unknown id gives an empty one); rows still
    // have to match `where`, so a cursor from someone else's history returns only ours.
    ...(options.cursor ? { cursor: { id: parseRecordId(options.cursor, "cursor") }, skip: 1 } : {}),
    include: {
      problem: {
        select: { slug: true, title: true, scoring: true, testGroups: { select: { name: true, points: true } } },
      },
    },
  });
  return rows.map((s) => ({
    id: s.id,
    problem: s.problem.slug,
    problemTitle: s.problem.title,
    scoreScale: scoreScale(scoringSchema.parse(s.problem.scoring), s.problem.testGroups),
    language: languageIdSchema.parse(s.language),
    status: s.status,
    verdict: s.status === "done" ? s.verdict : null,
    score: s.status === "done" ? s.score : null,
    compileOutput: null,
    createdAt: s.createdAt.toISOString(),
    tests: [],
    // A list shows no test at all, so there is nothing per test to summarise.
    hidden: null,
  }));
}
