import type { CourseRole } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { can, type Actor } from "../permissions/can";

export type Viewer = Actor;

/**
 * Whether `viewer` may read a submission owned by `ownerId`. `courseRole` is the
 * viewer's role in the course the submission was made in (null for practice): its
 * owner, that course's staff and admins may read it.
 */
export function canViewSubmission(viewer: Viewer, ownerId: string, courseRole: CourseRole | null = null): boolean {
  return can(viewer, "submission.view", { kind: "submission", ownerId, courseRole });
}

/** Whether `viewer` sees everything of it: hidden tests, review tools. */
export function isSubmissionStaff(viewer: Viewer, ownerId: string, courseRole: CourseRole | null): boolean {
  return can(viewer, "submission.viewHidden", { kind: "submission", ownerId, courseRole });
}

/** The one answer for "missing" and "not yours", so ids of others' submissions reveal nothing. */
export function submissionNotFound(): AppError {
  return new AppError("not_found", "No such submission.");
}

/**
 * Checks that `viewer` may read submission `id` with one indexed lookup, throwing
 * `not_found` otherwise. For callers that must authorize before doing anything
 * costly (the live-events stream subscribes only after this).
 */
export async function requireSubmissionAccess(
  db: PrismaClient,
  viewer: Viewer,
  id: string,
): Promise<{ staff: boolean }> {
  const row = await db.submission.findUnique({
    where: { id },
    select: {
      userId: true,
      assignment: {
        select: {
          course: { select: { members: { where: { userId: viewer.id, droppedAt: null }, select: { role: true } } } },
        },
      },
    },
  });
  const courseRole = row?.assignment?.course.members[0]?.role ?? null;
  if (!row || !canViewSubmission(viewer, row.userId, courseRole)) throw submissionNotFound();
  return { staff: isSubmissionStaff(viewer, row.userId, courseRole) };
}
