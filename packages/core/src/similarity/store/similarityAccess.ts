import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import { can, type Actor } from "../../permissions/can";

/** Where a check belongs: one assignment or one contest. */
export type SimilarityPlace = { assignmentId: string; contestId?: null } | { contestId: string; assignmentId?: null };

/**
 * Throws 403 unless `actor` is staff of the place: instructor or TA of the assignment's
 * course, or jury of the contest (admins always). Everyone else, students and staff of
 * other courses alike, sees nothing of any check.
 */
export async function requireSimilarityStaff(db: PrismaClient, actor: Actor, place: SimilarityPlace): Promise<void> {
  if (place.assignmentId) {
    const assignment = await db.assignment.findUnique({
      where: { id: place.assignmentId },
      select: {
        course: { select: { members: { where: { userId: actor.id, droppedAt: null }, select: { role: true } } } },
      },
    });
    const courseRole = assignment?.course.members[0]?.role ?? null;
    if (can(actor, "course.staff", { kind: "course", courseRole })) return;
  } else if (place.contestId) {
    const contest = await db.contest.findUnique({
      where: { id: place.contestId },
      select: { isPublic: true, jury: { where: { userId: actor.id }, select: { userId: true } } },
    });
    const isJury = (contest?.jury.length ?? 0) > 0;
    if (
      can(actor, "contest.jury", {
        kind: "contest",
        isJury,
        isParticipant: false,
        isPublic: contest?.isPublic ?? false,
      })
    )
      return;
  }
  throw new AppError("forbidden", "Only the staff of this course or contest see its similarity checks.", {
    reason: "not_staff",
  });
}

/** The check `id` with its place, once `actor` is known to be its staff (404 for an unknown id). */
export async function requireSimilarityCheck(db: PrismaClient, actor: Actor, id: string) {
  const check = await db.similarityCheck.findUnique({ where: { id } });
  if (!check) {
    throw new AppError("not_found", "There is no such similarity check.", { reason: "similarity_unknown" });
  }
  await requireSimilarityStaff(
    db,
    actor,
    check.assignmentId ? { assignmentId: check.assignmentId } : { contestId: check.contestId ?? "" },
  );
  return check;
}
