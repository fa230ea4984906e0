import type { CourseRole } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";

/** The user's current role in a course; null when not a member or dropped. */
export async function courseRoleOf(
  db: PrismaClient,
  userId: string,
  courseId: string | null | undefined,
): Promise<CourseRole | null> {
  if (!courseId) return null;
  const member = await db.courseMember.findUnique({
    where: { courseId_userId: { courseId, userId } },
    select: { role: true, droppedAt: true },
  });
  return member && !member.droppedAt ? member.role : null;
}
