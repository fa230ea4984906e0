import type { GradeRow } from "./buildGradeRows";
import { roundScore } from "./problemScore";

/** One assignment's gradebook, as `buildGradeRows` made it. */
export interface AssignmentGrades {
  /** The assignment's slug. */
  assignment: string;
  /** The assignment's points: the sum of its problems' points. */
  points: number;
  rows: readonly GradeRow[];
}

/** A student's line of the course gradebook: a score per assignment and the sum. */
export interface CourseTotalRow {
  userId: string;
  email: string;
  name: string;
  section: string | null;
  assignments: { assignment: string; score: number; points: number }[];
  total: number;
  /** The points of all assignments, the same for every student. */
  points: number;
}

/**
 * The course gradebook from the assignments' gradebooks: per student, each assignment's
 * total (0 where the student has no row, e.g. enrolled after it was graded) and their sum.
 * Students appear in the order first met; every row lists every assignment in the order
 * given, so columns line up. Unweighted: a course total is a sum of points.
 */
export function courseTotals(assignments: readonly AssignmentGrades[]): CourseTotalRow[] {
  const students = new Map<string, Omit<GradeRow, "problems" | "total">>();
  const scores = new Map<string, number>();
  for (const { assignment, rows } of assignments) {
    for (const row of rows) {
      if (!students.has(row.userId)) {
        students.set(row.userId, { userId: row.userId, email: row.email, name: row.name, section: row.section });
      }
      scores.set(`${row.userId}\u0000${assignment}`, row.total);
    }
  }
  const points = roundScore(assignments.reduce((sum, a) => sum + a.points, 0));
  return [...students.values()].map((student) => {
    const cells = assignments.map(({ assignment, points: p }) => ({
      assignment,
      score: scores.get(`${student.userId}\u0000${assignment}`) ?? 0,
      points: p,
    }));
    const total = roundScore(cells.reduce((sum, c) => sum + c.score, 0));
    return { ...student, assignments: cells, total, points };
  });
}
