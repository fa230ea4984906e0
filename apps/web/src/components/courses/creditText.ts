import { formatDuration } from "@/lib/duration";

/**
 * How a counted grade came to be, for the student: "on time", or "submitted 12 h late,
 * 80 % credit". `dueAt` is the student's own due date (extension applied).
 */
export function lateExplanation(
  grade: { late: boolean; creditPercent: number | null; submittedAt: Date | null },
  dueAt: Date,
): string {
  if (!grade.late || grade.submittedAt === null) return "on time";
  const lateBy = formatDuration(grade.submittedAt.getTime() - dueAt.getTime());
  return `submitted ${lateBy} late, ${grade.creditPercent ?? 100} % credit`;
}
