import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { normalizeEmail } from "../../users/email";
import { parseRequest } from "../../zodMessages";
import { scoreOverrideSchema } from "../scoreOverrideSchema";
import { refreshGradeCells } from "../grades/refreshGradeCells";
import { requireCourse } from "../store/requireCourse";

export interface GradeRef {
  course: string;
  assignment: string;
  email: string;
  problem: string;
}

/**
 * Staff set a student's score on one problem by hand, with a reason; the audit log keeps
 * who, when, old → new and why. `{ "score": null, "reason" }` removes the override.
 */
export async function overrideGrade(
  db: PrismaClient,
  actor: Actor,
  ref: GradeRef,
  body: unknown,
): Promise<{ score: number | null }> {
  const { course } = await requireCourse(db, actor, ref.course, "course.staff");
  const item = await db.assignmentProblem.findFirst({
    where: { assignment: { courseId: course.id, slug: ref.assignment }, problem: { slug: ref.problem } },
    select: { assignmentId: true, problemId: true, points: true },
  });
  if (!item) throw new AppError("not_found", `Problem "${ref.problem}" is not in assignment "${ref.assignment}".`);
  const student = await db.courseMember.findFirst({
    where: { courseId: course.id, role: "student", user: { email: normalizeEmail(ref.email) } },
    select: { userId: true },
  });
  if (!student) {
    throw new AppError("bad_request", `${ref.email} is not a student of this course.`, { reason: "not_enrolled" });
  }
  const removing = typeof body === "object" && body !== null && "score" in body && body.score === null;
  const input = removing
    ? { score: null, reason: parseRequest(scoreOverrideSchema(item.points).pick({ reason: true }), body).reason }
    : parseRequest(scoreOverrideSchema(item.points), body);
  const { assignmentId, problemId } = item;
  // The cell exists (0 points) even for a student who never submitted.
  await refreshGradeCells(db, assignmentId, { userIds: [student.userId], problemIds: [problemId] });
  await db.$transaction(async (tx) => {
    const where = { assignmentId_userId_problemId: { assignmentId, userId: student.userId, problemId } };
    const cell = await tx.gradeCell.findUniqueOrThrow({ where });
    await tx.gradeAudit.create({
      data: {
        assignmentId,
        userId: student.userId,
        problemId,
        actorId: actor.id,
        oldScore: cell.overrideScore ?? cell.computedScore,
        newScore: input.score,
        reason: input.reason,
      },
    });
    await tx.gradeCell.update({
      where,
      data: { overrideScore: input.score, overrideReason: input.score === null ? null : input.reason },
    });
  });
  return { score: input.score };
}
