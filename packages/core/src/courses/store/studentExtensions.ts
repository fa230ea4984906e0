import type { PrismaClient } from "@arbiter/db/client";
import type { Extensions } from "../effectiveTimeline";

/** A student's own and their section's extension of one assignment, as the pure rules take them. */
export async function studentExtensions(
  db: PrismaClient,
  assignmentId: string,
  userId: string,
  sectionId: string | null,
): Promise<Extensions> {
  const rows = await db.extension.findMany({
    where: { assignmentId, OR: [{ userId }, ...(sectionId ? [{ sectionId }] : [])] },
    select: { userId: true, dueAt: true },
  });
  return {
    student: rows.find((r) => r.userId === userId)?.dueAt ?? null,
    section: rows.find((r) => r.userId === null)?.dueAt ?? null,
  };
}
