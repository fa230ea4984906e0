import type { CourseRole } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import type { Actor } from "../../permissions/can";
import { requireCourse } from "./requireCourse";

export interface RosterMember {
  email: string;
  name: string;
  role: CourseRole;
  section: string | null;
  joinedAt: Date;
}

export interface CourseRoster {
  members: RosterMember[];
  sections: string[];
  /** Null when joining by code is switched off. */
  joinCode: string | null;
}

/** The course's current members (staff first, then students by name), for its staff only. */
export async function getCourseRoster(db: PrismaClient, actor: Actor, slug: string): Promise<CourseRoster> {
  const { course } = await requireCourse(db, actor, slug, "course.staff");
  const [members, sections] = await Promise.all([
    listCourseMembers(db, course.id),
    db.section.findMany({ where: { courseId: course.id }, select: { name: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    members: members.map(({ userId: _userId, ...member }) => member),
    sections: sections.map((s) => s.name),
    joinCode: course.joinCode,
  };
}

/**
 * A course's current (not dropped) members, optionally of one role: by role (instructors
 * first), then name and email. No permission check: callers have made theirs.
 */
export async function listCourseMembers(
  db: PrismaClient,
  courseId: string,
  role?: CourseRole,
): Promise<(RosterMember & { userId: string })[]> {
  const members = await db.courseMember.findMany({
    where: { courseId, droppedAt: null, ...(role ? { role } : {}) },
    select: {
      role: true,
      joinedAt: true,
      section: { select: { name: true } },
      user: { select: { id: true, email: true, name: true } },
    },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }, { user: { email: "asc" } }],
  });
  return members.map((m) => ({
    userId: m.user.id,
    email: m.user.email,
    name: m.user.name,
    role: m.role,
    section: m.section?.name ?? null,
    joinedAt: m.joinedAt,
  }));
}
