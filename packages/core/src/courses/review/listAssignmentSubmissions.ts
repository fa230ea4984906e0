import type { PrismaClient } from "@arbiter/db/client";
import { verdictSchema, type SubmissionStatus, type Verdict } from "@arbiter/shared";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { normalizeEmail } from "../../users/email";
import { requireCourse } from "../store/requireCourse";

/** Most rows one listing returns: a page of review work, not an export. */
export const ASSIGNMENT_SUBMISSIONS_SHOWN = 100;

export interface AssignmentSubmissionRow {
  id: string;
  problem: string;
  student: { email: string; name: string };
  status: SubmissionStatus;
  verdict: Verdict | null;
  score: number | null;
  createdAt: string;
}

/**
 * The newest submissions made for an assignment, for its course's staff to open and
 * review (any of them, not only the counted ones); `student` narrows to one email.
 */
export async function listAssignmentSubmissions(
  db: PrismaClient,
  actor: Actor,
  ref: { course: string; assignment: string },
  filter: { student?: string } = {},
): Promise<AssignmentSubmissionRow[]> {
  const { course } = await requireCourse(db, actor, ref.course, "course.staff");
  const assignment = await db.assignment.findUnique({
    where: { courseId_slug: { courseId: course.id, slug: ref.assignment } },
    select: { id: true },
  });
  if (!assignment) throw new AppError("not_found", `There is no assignment "${ref.course}/${ref.assignment}".`);
  const rows = await db.submission.findMany({
    where: {
      assignmentId: assignment.id,
      ...(filter.student ? { user: { email: normalizeEmail(filter.student) } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ASSIGNMENT_SUBMISSIONS_SHOWN,
    select: {
      id: true,
      status: true,
      verdict: true,
      score: true,
      createdAt: true,
      problem: { select: { slug: true } },
      user: { select: { email: true, name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    problem: r.problem.slug,
    student: r.user,
    status: r.status,
    verdict: r.status === "done" && r.verdict ? verdictSchema.parse(r.verdict) : null,
    score: r.status === "done" ? r.score : null,
    createdAt: r.createdAt.toISOString(),
  }));
}
