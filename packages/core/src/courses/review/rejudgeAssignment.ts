import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import type { JudgeQueue } from "../../queue";
import { requestRejudge } from "../../rejudge/requestRejudge";
import { requireCourse } from "../store/requireCourse";

/**
 * Judges every submission of an assignment again (oldest first, in the rejudge tier);
 * grades follow through the after-judge hook as each new judging finishes.
 */
export async function rejudgeAssignment(
  db: PrismaClient,
  queue: JudgeQueue,
  actor: Actor,
  courseSlug: string,
  assignmentSlug: string,
): Promise<{ total: number; queued: number; coalesced: number }> {
  const { course } = await requireCourse(db, actor, courseSlug, "course.staff");
  const assignment = await db.assignment.findUnique({
    where: { courseId_slug: { courseId: course.id, slug: assignmentSlug } },
    select: { id: true },
  });
  if (!assignment) throw new AppError("not_found", `There is no assignment "${courseSlug}/${assignmentSlug}".`);
  const submissions = await db.submission.findMany({
    where: { assignmentId: assignment.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const result = { total: submissions.length, queued: 0, coalesced: 0 };
  for (const { id } of submissions) result[await requestRejudge(db, queue, id)]++;
  return result;
}
