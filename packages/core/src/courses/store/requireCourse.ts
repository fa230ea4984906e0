import type { Course, CourseRole } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import { can, type Actions, type Actor } from "../../permissions/can";

export interface CourseAccess {
  course: Course;
  /** The actor's own role in it; null for an admin who is not a member. */
  courseRole: CourseRole | null;
}

/**
 * The course named `slug`, if `actor` may do `action` on it. Someone who may not even
 * see it gets the same `not_found` as for a missing course (course slugs reveal nothing);
 * a member without the right gets `forbidden`.
 */
export async function requireCourse(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  action: Actions["course"],
): Promise<CourseAccess> {
  const course = await db.course.findUnique({
    where: { slug },
    include: { members: { where: { userId: actor.id, droppedAt: null }, select: { role: true } } },
  });
  const courseRole = course?.members[0]?.role ?? null;
  if (!course || !can(actor, "course.view", { kind: "course", courseRole })) {
    throw new AppError("not_found", `There is no course called "${slug}".`, { reason: "course_unknown" });
  }
  if (!can(actor, action, { kind: "course", courseRole })) {
    throw new AppError("forbidden", "Only the course's staff may do that.");
  }
  const { members: _members, ...rest } = course;
  return { course: rest, courseRole };
}
