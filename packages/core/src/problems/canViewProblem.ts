import { parseAssignmentRef } from "@arbiter/shared";
import type { PrismaClient } from "@arbiter/db/client";
import { can, type Actor } from "../permissions/can";
import { courseRoleOf } from "../permissions/courseRoleOf";

/**
 * Whether `viewer` may read a problem: public ones everyone; a course's private one its
 * staff and its author (the `problem.view` rule), and also the course's students when they open it from
 * an assignment of theirs that lists it and has opened — so assigning a private problem
 * is enough to show it, and nobody sees it early or outside the course.
 */
export async function canViewProblem(
  db: PrismaClient,
  viewer: Actor,
  problem: { id: string; isPublic: boolean; courseId: string | null; authorId?: string | null },
  assignmentRef: string | undefined,
  now: Date,
): Promise<boolean> {
  if (problem.isPublic) return true;
  const courseRole = await courseRoleOf(db, viewer.id, problem.courseId);
  const isAuthor = problem.authorId !== undefined && problem.authorId !== null && problem.authorId === viewer.id;
  if (can(viewer, "problem.view", { kind: "problem", isPublic: false, courseRole, isAuthor })) return true;
  if (!assignmentRef) return false;
  const { course: courseSlug, assignment: assignmentSlug } = parseAssignmentRef(assignmentRef);
  const assignment = await db.assignment.findFirst({
    where: {
      slug: assignmentSlug,
      opensAt: { lte: now },
      course: { slug: courseSlug, archivedAt: null },
      problems: { some: { problemId: problem.id } },
    },
    select: { courseId: true },
  });
  if (!assignment) return false;
  const memberRole = await courseRoleOf(db, viewer.id, assignment.courseId);
  return can(viewer, "course.view", { kind: "course", courseRole: memberRole });
}
