import { z } from "zod";
import type { GradeRow } from "./buildGradeRows";

/** A row of `GET /api/v1/courses/{course}/assignments/{assignment}/grades`, exactly as issue 9 promises it. */
export const gradesResponseRowSchema = z.object({
  email: z.string(),
  name: z.string(),
  section: z.string().nullable(),
  problems: z.array(
    z.object({
      problem: z.string(),
      score: z.number(),
      points: z.number(),
      late: z.boolean(),
      submissionId: z.string().nullable(),
    }),
  ),
  total: z.number(),
});
export type GradesResponseRow = z.infer<typeof gradesResponseRowSchema>;

/**
 * The REST body for grade rows: only the promised fields, in the promised order, so that
 * internal details (user ids, override reasons, attempt counts) never reach scripts that
 * did not ask for them and the contract cannot grow by accident.
 */
export function toGradesResponse(rows: readonly GradeRow[]): GradesResponseRow[] {
  return rows.map((row) => ({
    email: row.email,
    name: row.name,
    section: row.section,
    problems: row.problems.map((c) => ({
      problem: c.problem,
      score: c.score,
      points: c.points,
      late: c.late,
      submissionId: c.submissionId,
    })),
    total: row.total,
  }));
}
