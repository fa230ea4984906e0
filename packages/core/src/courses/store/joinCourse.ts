import type { PrismaClient } from "@arbiter/db/client";
import { z } from "zod";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { parseRequest } from "../../zodMessages";
import { normalizeJoinCode } from "../joinCode";

export const joinSchema = z.object({ code: z.string().min(1).max(40) });

/**
 * Joins a course as a student with its join code. Joining again changes nothing (a
 * member keeps their role). Someone the staff dropped cannot undo that with the code.
 */
export async function joinCourse(db: PrismaClient, actor: Actor, body: unknown): Promise<{ slug: string }> {
  const { code } = parseRequest(joinSchema, body);
  const normalized = normalizeJoinCode(code);
  const course = normalized
    ? await db.course.findFirst({ where: { joinCode: normalized, archivedAt: null }, select: { id: true, slug: true } })
    : null;
  if (!course) {
    throw new AppError("not_found", "That join code does not open any course. Check it with your instructor.", {
      reason: "join_code_invalid",
      field: "code",
    });
  }
  const where = { courseId_userId: { courseId: course.id, userId: actor.id } };
  const member = await db.courseMember.findUnique({ where, select: { droppedAt: true } });
  if (member?.droppedAt) {
    throw new AppError("forbidden", "The course's staff removed you from this course; ask them to add you again.");
  }
  if (!member) {
    // Two joins at once: the second adds nothing.
    await db.courseMember.createMany({
      data: [{ courseId: course.id, userId: actor.id, role: "student" }],
      skipDuplicates: true,
    });
  }
  return { slug: course.slug };
}
