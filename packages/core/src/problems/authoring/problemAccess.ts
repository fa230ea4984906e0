import type { CourseRole } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import { can, type Actions, type Actor, type Resource } from "../../permissions/can";
import { courseRoleOf } from "../../permissions/courseRoleOf";

/** What the permission rules need to know about a problem. */
export interface ProblemOwnership {
  id: string;
  isPublic: boolean;
  courseId: string | null;
  authorId: string | null;
}

/** The `problem` resource for `actor`: their role in the owning course and whether they uploaded it. */
export async function problemResource(
  db: PrismaClient,
  actor: Actor,
  problem: ProblemOwnership,
): Promise<Extract<Resource, { kind: "problem" }>> {
  return {
    kind: "problem",
    isPublic: problem.isPublic,
    courseRole: (await courseRoleOf(db, actor.id, problem.courseId)) satisfies CourseRole | null,
    isAuthor: problem.authorId !== null && problem.authorId === actor.id,
  };
}

/**
 * The problem called `slug`, if `actor` may do `action` on it. Someone who may not even
 * see it gets the same `not_found` as for a missing problem (a private problem's slug
 * reveals nothing); someone who may see it but not do this gets `forbidden`.
 */
export async function requireProblem(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  action: Actions["problem"],
): Promise<ProblemOwnership & { slug: string }> {
  const problem = await db.problem.findUnique({
    where: { slug },
    select: { id: true, slug: true, isPublic: true, courseId: true, authorId: true },
  });
  const resource = problem ? await problemResource(db, actor, problem) : null;
  if (!problem || !resource || !can(actor, "problem.view", resource)) {
    throw new AppError("not_found", `There is no problem called "${slug}".`, { reason: "problem_unknown" });
  }
  if (!can(actor, action, resource)) {
    throw new AppError(
      "forbidden",
      action === "problem.publish"
        ? "Only an instructor of the problem's course, its author or an admin may publish it."
        : "Only an instructor of the problem's course, its author or an admin may change it.",
    );
  }
  return problem;
}
