import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { csvLine, csvNumber, csvText } from "../csv/csvField";
import { writeGradesCsv, type GradesCsvOptions } from "../csv/writeGradesCsv";
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
  const perAssignment = [];
  for (const a of assignments) perAssignment.push(await getAssignmentGrades(db, actor, courseSlug, a.slug));
  const students = perAssignment[0]?.rows ?? (await courseRoster(db, course.id));
  const lines = [csvLine(["email", "name", "section", ...assignments.map((a) => csvText(a.slug)), "total"])];
  for (const student of students) {
    const totals = perAssignment.map((g) => g.rows.find((r) => r.userId === student.userId)?.total ?? 0);
    const sum = totals.reduce((s, t) => s + t, 0);
    lines.push(
      csvLine([
        csvText(student.email),
        csvText(student.name),
        csvText(student.section ?? ""),
        ...totals.map(csvNumber),
        csvNumber(sum),
      ]),
    );
  }
  return `\uFEFF${lines.join("")}`;
}

/** The current students of a course, for a course without assignments yet. */
async function courseRoster(db: PrismaClient, courseId: string) {
  const members = await db.courseMember.findMany({
    where: { courseId, role: "student", droppedAt: null },
    select: { user: { select: { id: true, email: true, name: true } }, section: { select: { name: true } } },
    orderBy: [{ user: { name: "asc" } }],
  });
  return members.map((m) => ({
    userId: m.user.id,
    email: m.user.email,
    name: m.user.name,
    section: m.section?.name ?? null,
  }));
}
