import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import { can, type Actor } from "../../permissions/can";
import { roundScore } from "../problemScore";
import type { GradeCell, GradeRow } from "../buildGradeRows";

export interface AssignmentGradebook {
  course: { slug: string; title: string };
  assignment: { slug: string; title: string; dueAt: Date };
  problems: { problem: string; title: string; points: number }[];
  sections: string[];
  rows: GradeRow[];
}

export interface GradesQuery {
  /** Only the caller's own row (students may ask for theirs alone). */
  onlyUserId?: string;
  section?: string;
}

/**
 * An assignment's gradebook from the stored grade cells (kept current by the after-judge
 * hook): one row per current student, sorted by name. Staff see every row; a student
 * asking for more than their own row gets 403.
 */
export async function getAssignmentGrades(
  db: PrismaClient,
  actor: Actor,
  courseSlug: string,
  assignmentSlug: string,
  query: GradesQuery = {},
): Promise<AssignmentGradebook> {
  const assignment = await db.assignment.findFirst({
    where: { slug: assignmentSlug, course: { slug: courseSlug } },
    include: {
      course: {
        include: {
          members: { where: { userId: actor.id, droppedAt: null }, select: { role: true } },
          sections: { select: { name: true }, orderBy: { name: "asc" } },
        },
      },
      problems: { orderBy: { position: "asc" }, include: { problem: { select: { slug: true, title: true } } } },
    },
  });
  const courseRole = assignment?.course.members[0]?.role ?? null;
  if (!assignment || !can(actor, "course.view", { kind: "course", courseRole })) {
    throw new AppError("not_found", `There is no assignment "${courseSlug}/${assignmentSlug}".`, {
      reason: "assignment_unknown",
    });
  }
  const own = query.onlyUserId === actor.id;
  if (!own && !can(actor, "course.staff", { kind: "course", courseRole })) {
    throw new AppError("forbidden", "Only the course's staff may see everyone's grades.");
  }
  const students = await db.courseMember.findMany({
    where: {
      courseId: assignment.courseId,
      role: "student",
      droppedAt: null,
      ...(query.onlyUserId ? { userId: query.onlyUserId } : {}),
      ...(query.section ? { section: { name: query.section } } : {}),
    },
    select: { user: { select: { id: true, email: true, name: true } }, section: { select: { name: true } } },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
  });
  const cells = await db.gradeCell.findMany({
    where: { assignmentId: assignment.id, userId: { in: students.map((s) => s.user.id) } },
  });
  const cellOf = new Map(cells.map((c) => [`${c.userId}/${c.problemId}`, c]));
  const rows = students.map(({ user, section }): GradeRow => {
    const problems = assignment.problems.map(({ problemId, points, problem }): GradeCell => {
      const cell = cellOf.get(`${user.id}/${problemId}`);
      const computed = roundScore(cell?.computedScore ?? 0);
      const override = cell?.overrideScore ?? null;
      return {
        problem: problem.slug,
        score: override ?? computed,
        points,
        late: override === null && (cell?.late ?? false),
        submissionId: cell?.submissionId ?? null,
        attempts: cell?.attempts ?? 0,
        submittedAt: cell?.submittedAt ?? null,
        override:
          override === null ? null : { score: override, reason: cell?.overrideReason ?? "", computedScore: computed },
      };
    });
    const total = roundScore(problems.reduce((sum, c) => sum + c.score, 0));
    return { userId: user.id, email: user.email, name: user.name, section: section?.name ?? null, problems, total };
  });
  return {
    course: { slug: assignment.course.slug, title: assignment.course.title },
    assignment: { slug: assignment.slug, title: assignment.title, dueAt: assignment.dueAt },
    problems: assignment.problems.map((p) => ({ problem: p.problem.slug, title: p.problem.title, points: p.points })),
    sections: assignment.course.sections.map((s) => s.name),
    rows,
  };
}
