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
  const students = await loadStudentCells(db, assignment.id, assignment.courseId, query);
  const rows = students.map(({ id, email, name, section, cells }): GradeRow => {
    const cellOf = new Map((cells ?? []).map((c) => [c[0], c]));
    const problems = assignment.problems.map(({ problemId, points, problem }): GradeCell => {
      const [, computedScore, overrideScore, overrideReason, late, submissionId, attempts, submittedAtMs] =
        cellOf.get(problemId) ?? NO_CELL;
      const computed = roundScore(computedScore);
      const override = overrideScore;
      return {
        problem: problem.slug,
        score: override ?? computed,
        points,
        late: override === null && late,
        submissionId,
        attempts,
        submittedAt: submittedAtMs === null ? null : new Date(submittedAtMs),
        override: override === null ? null : { score: override, reason: overrideReason ?? "", computedScore: computed },
      };
    });
    const total = roundScore(problems.reduce((sum, c) => sum + c.score, 0));
    return { userId: id, email, name, section, problems, total };
  });
  return {
    course: { slug: assignment.course.slug, title: assignment.course.title },
    assignment: { slug: assignment.slug, title: assignment.title, dueAt: assignment.dueAt },
    problems: assignment.problems.map((p) => ({ problem: p.problem.slug, title: p.problem.title, points: p.points })),
    sections: assignment.course.sections.map((s) => s.name),
    rows,
  };
}

/**
 * A stored cell as the query below sends it: problemId, computedScore, overrideScore,
 * overrideReason, late, submissionId, attempts, submittedAt (ms since the epoch).
 */
type CellTuple = [string, number, number | null, string | null, boolean, string | null, number, number | null];
const NO_CELL: CellTuple = ["", 0, null, null, false, null, 0, null];

interface StudentCells {
  id: string;
  email: string;
  name: string;
  section: string | null;
  cells: CellTuple[] | null;
}

/**
 * The current students (by name, then email) with their stored cells, in one query that
 * returns one JSON value: a 500-student gradebook is 5,000 cells, and decoding them as
 * 5,000 rows × 8 columns cost several times the query itself; one JSON.parse does not.
 */
async function loadStudentCells(
  db: PrismaClient,
  assignmentId: string,
  courseId: string,
  query: GradesQuery,
): Promise<StudentCells[]> {
  const onlyUserId = query.onlyUserId ?? null;
  const section = query.section ?? null;
  const [result] = await db.$queryRaw<{ students: StudentCells[] | string | null }[]>`
    SELECT json_agg(json_build_object(
             'id', u.id, 'email', u.email, 'name', u.name, 'section', s.name,
             'cells', (SELECT json_agg(json_build_array(
                                g."problemId", g."computedScore", g."overrideScore", g."overrideReason", g.late,
                                g."submissionId", g.attempts, extract(epoch FROM g."submittedAt") * 1000))
                         FROM "GradeCell" g
                        WHERE g."assignmentId" = ${assignmentId} AND g."userId" = m."userId"))
           ORDER BY u.name, u.email) AS students
      FROM "CourseMember" m
      JOIN "User" u ON u.id = m."userId"
      LEFT JOIN "Section" s ON s.id = m."sectionId"
     WHERE m."courseId" = ${courseId} AND m.role = 'student' AND m."droppedAt" IS NULL
       AND (${onlyUserId}::text IS NULL OR m."userId" = ${onlyUserId}::text)
       AND (${section}::text IS NULL OR s.name = ${section}::text)`;
  const students = result?.students ?? null;
  if (students === null) return [];
  return typeof students === "string" ? (JSON.parse(students) as StudentCells[]) : students;
}
