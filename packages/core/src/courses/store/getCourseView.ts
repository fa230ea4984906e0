import type { CourseRole } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { can, type Actor } from "../../permissions/can";
import { assignmentStatus, type AssignmentStatus } from "../assignmentStatus";
import { roundScore } from "../problemScore";
import { assignmentTimeline } from "./assignmentTimeline";
import { requireCourse } from "./requireCourse";

export interface CourseAssignmentRow {
  slug: string;
  title: string;
  /** The viewer's own due date (with extensions) is inside `status`; this is the course's. */
  dueAt: Date;
  status: AssignmentStatus;
  points: number;
  /** The viewer's score; null for staff, who have no grades of their own. */
  myScore: number | null;
}

export interface CourseView {
  slug: string;
  title: string;
  term: string;
  description: string;
  courseRole: CourseRole | null;
  /** Staff (instructors, TAs, admins) see the roster and the gradebooks. */
  isStaff: boolean;
  /** Instructors and admins change the roster, join code and assignments. */
  canManage: boolean;
  assignments: CourseAssignmentRow[];
}

/**
 * A course as its page shows it to the viewer: the assignments in due-date order, each
 * with the viewer's own status (their extensions applied) and, for students, their score.
 * Not a member: `not_found` (see requireCourse).
 */
export async function getCourseView(db: PrismaClient, actor: Actor, slug: string, now: Date): Promise<CourseView> {
  const { course, courseRole } = await requireCourse(db, actor, slug, "course.view");
  const isStaff = can(actor, "course.staff", { kind: "course", courseRole });
  const member = await db.courseMember.findUnique({
    where: { courseId_userId: { courseId: course.id, userId: actor.id } },
    select: { sectionId: true },
  });
  const sectionId = member?.sectionId ?? null;
  const assignments = await db.assignment.findMany({
    where: { courseId: course.id },
    orderBy: [{ dueAt: "asc" }, { slug: "asc" }],
    include: {
      problems: { select: { points: true } },
      extensions: {
        where: { OR: [{ userId: actor.id }, ...(sectionId ? [{ sectionId }] : [])] },
        select: { userId: true, dueAt: true },
      },
      gradeCells: { where: { userId: actor.id }, select: { computedScore: true, overrideScore: true } },
    },
  });
  return {
    slug: course.slug,
    title: course.title,
    term: course.term,
    description: course.description,
    courseRole,
    isStaff,
    canManage: can(actor, "course.manage", { kind: "course", courseRole }),
    assignments: assignments.map((a) => ({
      slug: a.slug,
      title: a.title,
      dueAt: a.dueAt,
      status: assignmentStatus(
        assignmentTimeline(a),
        {
          student: a.extensions.find((e) => e.userId === actor.id)?.dueAt ?? null,
          section: a.extensions.find((e) => e.userId === null)?.dueAt ?? null,
        },
        now,
      ),
      points: roundScore(a.problems.reduce((sum, p) => sum + p.points, 0)),
      myScore:
        courseRole === "student"
          ? roundScore(a.gradeCells.reduce((sum, c) => sum + (c.overrideScore ?? c.computedScore), 0))
          : null,
    })),
  };
}
