import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import type { ProblemView } from "@arbiter/shared";

/** Where a student stands on a problem: any Accepted submission, any submission, none. */
export type ProblemState = "solved" | "attempted" | "untried";

export interface ProblemListItem extends ProblemView {
  tags: string[];
  /** 1 (easiest) to 5, or null when the author did not say. */
  difficulty: number | null;
  state: ProblemState;
}

export interface ProblemListFilter {
  /** Matched case-insensitively against title and slug. */
  q?: string;
  tag?: string;
  difficulty?: number;
}

export interface ProblemListing {
  /** The problems that match, ordered by slug. */
  problems: ProblemListItem[];
  /** Every tag on any problem (not only the matching ones), sorted, for the filter control. */
  tags: string[];
  /** How many problems exist at all, so "no match" can be told from "no problems yet". */
  total: number;
}

/** Longest search text used; longer input is cut rather than refused. */
const MAX_QUERY_LENGTH = 100;

/**
 * The problems list as `user` sees it: filtered by search text, tag and difficulty,
 * each with the user's own state (solved ✓ / attempted / untried; always untried for
 * an anonymous caller, `user` null). Three queries whatever the number of problems.
 */
export async function listProblemsForUser(
  db: PrismaClient,
  user: Pick<User, "id"> | null,
  filter: ProblemListFilter = {},
): Promise<ProblemListing> {
  // Prisma (with the pg adapter) passes `contains` to ILIKE unescaped: "%" and "_" would
  // be wildcards, so escape them (the integration test checks that they are literal).
  const q = filter.q
    ?.trim()
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[\\%_]/g, "\\$&");
  const [rows, allTags, attempts] = await Promise.all([
    db.problem.findMany({
      where: {
        // Private problems (a course's, or an author's before publishing) are not in the archive.
        isPublic: true,
        ...(q
          ? {
              OR: [
                { title: { contains: q, mode: "insensitive" as const } },
                { slug: { contains: q, mode: "insensitive" as const } },
              ],
            }
          : {}),
        ...(filter.tag ? { tags: { has: filter.tag } } : {}),
        ...(filter.difficulty !== undefined ? { difficulty: filter.difficulty } : {}),
      },
      select: {
        id: true,
        slug: true,
        title: true,
        timeLimitMs: true,
        memoryLimitMb: true,
        tags: true,
        difficulty: true,
      },
      orderBy: { slug: "asc" },
    }),
    db.problem.findMany({ where: { isPublic: true }, select: { tags: true } }),
    // One row per (problem, verdict) the user has: a handful, however many submissions.
    user ? db.submission.groupBy({ by: ["problemId", "verdict"], where: { userId: user.id } }) : [],
  ]);

  const solved = new Set(attempts.filter((a) => a.verdict === "AC").map((a) => a.problemId));
  const attempted = new Set(attempts.map((a) => a.problemId));
  return {
    problems: rows.map(({ id, ...problem }) => ({
      ...problem,
      state: solved.has(id) ? "solved" : attempted.has(id) ? "attempted" : "untried",
    })),
    tags: [...new Set(allTags.flatMap((p) => p.tags))].sort((a, b) => a.localeCompare(b)),
    total: allTags.length,
  };
}
