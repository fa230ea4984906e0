import type { Prisma } from "@arbiter/db/client";
import type { Actor } from "../permissions/can";

/**
 * The `problem.view` rule of `can()` as a database filter, for lists that cannot ask
 * `can()` row by row: public problems for everyone (anonymous callers included), a
 * course's private problems for that course's current instructors and TAs, every
 * problem for admins. Students of the course meet its private problems through their
 * assignments (canViewProblem), never in the archive's list.
 */
export function visibleProblemsWhere(actor: Actor | null): Prisma.ProblemWhereInput {
  if (actor?.role === "admin") return {};
  if (!actor) return { isPublic: true };
  return {
    OR: [
      { isPublic: true },
      // An author's own problem before it is published.
      { authorId: actor.id },
      {
        course: {
          members: { some: { userId: actor.id, droppedAt: null, role: { in: ["instructor", "ta"] } } },
        },
      },
    ],
  };
}
