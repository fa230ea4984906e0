import type { PrismaClient } from "@arbiter/db/client";
import { z } from "zod";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { normalizeEmail } from "../../users/email";
import { parseRequest } from "../../zodMessages";
import { refreshGradeCells } from "../grades/refreshGradeCells";
import { requireCourse } from "./requireCourse";

export const extensionSchema = z.object({
  dueAt: z.iso
    .datetime({ offset: true, error: "must be an ISO 8601 date and time with a time zone" })
    .transform((s) => new Date(s)),
});

/**
 * Gives one enrolled student a later due date (the late windows move with it) and
 * regrades their cells at once. Staff (instructors and TAs) grant extensions.
 */
export async function setExtension(
  db: PrismaClient,
  actor: Actor,
  ref: { course: string; assignment: string; email: string },
  body: unknown,
): Promise<{ email: string; dueAt: string }> {
  const { course } = await requireCourse(db, actor, ref.course, "course.staff");
  const { dueAt } = parseRequest(extensionSchema, body);
  const assignment = await db.assignment.findUnique({
    where: { courseId_slug: { courseId: course.id, slug: ref.assignment } },
    select: { id: true, opensAt: true },
  });
  if (!assignment) {
    throw new AppError("not_found", `There is no assignment "${ref.course}/${ref.assignment}".`, {
      reason: "assignment_unknown",
    });
  }
  const email = normalizeEmail(ref.email);
  const member = await db.courseMember.findFirst({
    where: { courseId: course.id, droppedAt: null, role: "student", user: { email } },
    select: { userId: true },
  });
  if (!member) {
    throw new AppError("bad_request", `${ref.email} is not a student of this course.`, {
      reason: "not_enrolled",
      field: "email",
    });
  }
  if (dueAt <= assignment.opensAt) {
    throw new AppError("bad_request", "dueAt must be after the assignment opens.", {
      reason: "invalid_field",
      field: "dueAt",
    });
  }
  await db.extension.upsert({
    where: { assignmentId_userId: { assignmentId: assignment.id, userId: member.userId } },
    create: { assignmentId: assignment.id, userId: member.userId, dueAt },
    update: { dueAt },
  });
  await refreshGradeCells(db, assignment.id, { userIds: [member.userId] });
  return { email, dueAt: dueAt.toISOString() };
}
