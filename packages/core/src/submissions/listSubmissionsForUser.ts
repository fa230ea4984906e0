import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { languageIdSchema, type SubmissionView } from "@arbiter/shared";

export interface ListSubmissionsOptions {
  problem?: string;
  /** Page size; capped at 100. */
  take?: number;
  /** Id of the last submission of the previous page. */
  cursor?: string;
}

/** The user's own submissions, newest first, without per-test detail. */
export async function listSubmissionsForUser(
  db: PrismaClient,
  user: Pick<User, "id">,
  options: ListSubmissionsOptions = {},
): Promise<SubmissionView[]> {
  const rows = await db.submission.findMany({
    where: { userId: user.id, ...(options.problem ? { problem: { slug: options.problem } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.take ?? 50, 100),
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
    include: { problem: { select: { slug: true } } },
  });
  return rows.map((s) => ({
    id: s.id,
    problem: s.problem.slug,
    language: languageIdSchema.parse(s.language),
    status: s.status,
    verdict: s.status === "done" ? s.verdict : null,
    score: s.status === "done" ? s.score : null,
    compileOutput: null,
    createdAt: s.createdAt.toISOString(),
    tests: [],
  }));
}
