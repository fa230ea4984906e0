import type { PrismaClient } from "@arbiter/db/client";
import type { Actor } from "../../permissions/can";
import { generateJoinCode } from "../joinCode";
import { requireCourse } from "./requireCourse";

/**
 * Gives the course a fresh join code (which also switches joining back on). The old code
 * stops working at once; members who joined with it stay. Instructors (and admins) only.
 */
export async function rotateJoinCode(
  db: PrismaClient,
  actor: Actor,
  courseSlug: string,
): Promise<{ joinCode: string }> {
  const { course } = await requireCourse(db, actor, courseSlug, "course.manage");
  // 40 random bits: a clash with another course's code is practically impossible, and the
  // unique index would turn one into an error rather than a shared code.
  const joinCode = generateJoinCode();
  await db.course.update({ where: { id: course.id }, data: { joinCode } });
  return { joinCode };
}

/** Switches joining by code off (joinCode null) until the code is rotated again. */
export async function disableJoinCode(db: PrismaClient, actor: Actor, courseSlug: string): Promise<void> {
  const { course } = await requireCourse(db, actor, courseSlug, "course.manage");
  await db.course.update({ where: { id: course.id }, data: { joinCode: null } });
}
