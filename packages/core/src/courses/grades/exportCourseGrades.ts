import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { csvLine, csvNumber, csvText } from "../csv/csvField";
import { writeGradesCsv, type GradesCsvOptions } from "../csv/writeGradesCsv";
import { courseTotals } from "../courseTotals";
import { listCourseMembers } from "../store/getCourseRoster";
import { requireCourse } from "../store/requireCourse";
import { getAssignmentGrades } from "./getAssignmentGrades";

/**
 * A grade export as CSV: one assignment in the chosen layout, or, without an
 * assignment, the whole course — a row per student with one column per assignment
 * (its total) and the course total. Staff only.
 */
export async function exportCourseGrades(
  db: PrismaClient,
  actor: Actor,
  courseSlug: string,
  assignmentSlug: string | null,
  format: GradesCsvOptions["format"] = "wide",
): Promise<string> {
  const { course } = await requireCourse(db, actor, courseSlug, "course.staff");
  if (assignmentSlug) {
    const grades = await getAssignmentGrades(db, actor, courseSlug, assignmentSlug);
    const options: GradesCsvOptions =
      format === "canvas" ? { format, assignmentTitle: grades.assignment.title } : { format };
    return writeGradesCsv(grades.rows, grades.problems, options);
  }
  if (format !== "wide") throw new AppError("bad_request", "A whole-course export is wide only; name an assignment.");
  const assignments = await db.assignment.findMany({
    where: { courseId: course.id },
    orderBy: [{ dueAt: "asc" }, { slug: "asc" }],
    select: { slug: true },
  });
  const gradebooks = [];
  for (const a of assignments) gradebooks.push(await getAssignmentGrades(db, actor, courseSlug, a.slug));
  const totals = courseTotals(
    gradebooks.map((g) => ({
      assignment: g.assignment.slug,
      points: g.problems.reduce((sum, p) => sum + p.points, 0),
      rows: g.rows,
    })),
  );
  // A course without graded assignments still exports its roster.
  const rows =
    gradebooks.length > 0
      ? totals
      : (await listCourseMembers(db, course.id, "student")).map((s) => ({ ...s, assignments: [], total: 0 }));
  const lines = [csvLine(["email", "name", "section", ...assignments.map((a) => csvText(a.slug)), "total"])];
  for (const row of rows) {
    lines.push(
      csvLine([
        csvText(row.email),
        csvText(row.name),
        csvText(row.section ?? ""),
        ...row.assignments.map((a) => csvNumber(a.score)),
        csvNumber(row.total),
      ]),
    );
  }
  return `\uFEFF${lines.join("")}`;
}
