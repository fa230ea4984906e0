import type { PrismaClient } from "@arbiter/db/client";
import { courseRoleSchema } from "@arbiter/shared";
import { z } from "zod";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { normalizeEmail } from "../../users/email";
import { parseRequest } from "../../zodMessages";
import { findOrCreateAccount } from "./findOrCreateAccount";
import { requireCourse } from "./requireCourse";

export const emailSchema = z
  .string()
  .transform(normalizeEmail)
  .pipe(z.email({ error: "is not a valid email address" }).max(254));

export const addMemberSchema = z.object({
  email: emailSchema,
  role: courseRoleSchema,
  section: z.string().trim().min(1).max(100).optional(),
  name: z.string().trim().min(1).max(100).optional(),
});

/**
 * Adds (or re-adds, or changes the role or section of) a course member; the account is
 * created when missing. Only the course's instructors (and admins) manage the roster.
 */
export async function addCourseMember(
  db: PrismaClient,
  actor: Actor,
  courseSlug: string,
  body: unknown,
): Promise<{ email: string; role: string; section: string | null; accountCreated: boolean }> {
  const { course } = await requireCourse(db, actor, courseSlug, "course.manage");
  const input = parseRequest(addMemberSchema, body);
  const sectionId = input.section ? await sectionIdOf(db, course.id, input.section) : null;
  return db.$transaction(async (tx) => {
    const account = await findOrCreateAccount(tx, input.email, input.name);
    await tx.courseMember.upsert({
      where: { courseId_userId: { courseId: course.id, userId: account.id } },
      create: { courseId: course.id, userId: account.id, role: input.role, sectionId },
      update: { role: input.role, sectionId, droppedAt: null },
    });
    return { email: input.email, role: input.role, section: input.section ?? null, accountCreated: account.created };
  });
}

/**
 * Drops a member: they lose access to the course, but their submissions, grades and
 * comments stay (re-adding them brings everything back).
 */
export async function dropCourseMember(
  db: PrismaClient,
  actor: Actor,
  courseSlug: string,
  email: string,
): Promise<void> {
  const { course } = await requireCourse(db, actor, courseSlug, "course.manage");
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true } });
  const dropped = user
    ? await db.courseMember.updateMany({
        where: { courseId: course.id, userId: user.id, droppedAt: null },
        data: { droppedAt: new Date() },
      })
    : { count: 0 };
  if (dropped.count === 0) {
    throw new AppError("not_found", `${email} is not a member of this course.`, { reason: "not_enrolled" });
  }
}

/** The section's id, or a 400 naming the unknown section and the ones that exist. */
export async function sectionIdOf(db: PrismaClient, courseId: string, name: string): Promise<string> {
  const sections = await db.section.findMany({ where: { courseId }, select: { id: true, name: true } });
  const found = sections.find((s) => s.name === name);
  if (!found) {
    const known = sections.map((s) => `"${s.name}"`).join(", ") || "none yet";
    throw new AppError("bad_request", `There is no section "${name}" in this course (sections: ${known}).`, {
      reason: "invalid_field",
      field: "section",
    });
  }
  return found.id;
}
