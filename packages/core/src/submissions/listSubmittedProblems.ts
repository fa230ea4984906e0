import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";

/** The problems a user has submitted to, by title: the choices of a history's problem filter. */
export async function listSubmittedProblems(
  db: PrismaClient,
  user: Pick<User, "id">,
): Promise<{ slug: string; title: string }[]> {
  return db.problem.findMany({
    where: { submissions: { some: { userId: user.id } } },
    select: { slug: true, title: true },
    orderBy: [{ title: "asc" }, { slug: "asc" }],
  });
}
