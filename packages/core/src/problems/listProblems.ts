import type { PrismaClient } from "@arbiter/db/client";
import type { ProblemView } from "@arbiter/shared";

/** Every problem, ordered by slug, as shown in problem lists. */
export async function listProblems(db: PrismaClient): Promise<ProblemView[]> {
  return db.problem.findMany({
    select: { slug: true, title: true, timeLimitMs: true, memoryLimitMb: true },
    orderBy: { slug: "asc" },
  });
}
