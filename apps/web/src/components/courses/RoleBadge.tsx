import type { CourseRole } from "@arbiter/db";

const LABELS: Record<CourseRole, string> = { instructor: "Instructor", ta: "TA", student: "Student" };

/** A member's role in a course. */
export function RoleBadge({ role }: { role: CourseRole }) {
  return (
    <span
      className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700 ring-1 ring-zinc-500/20 ring-inset dark:bg-zinc-800 dark:text-zinc-300"
      data-testid="course-role"
    >
      {LABELS[role]}
    </span>
  );
}
