import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { parseRecordId } from "../recordId";

export type Viewer = Pick<User, "id" | "role">;

/** Staff may read every submission; students only their own. */
export function canViewSubmission(viewer: Viewer, ownerId: string): boolean {
  return viewer.role !== "student" || viewer.id === ownerId;
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
export async function requireSubmissionAccess(db: PrismaClient, viewer: Viewer, id: string): Promise<void> {
  const row = await db.submission.findUnique({
    where: { id: parseRecordId(id, "submission id") },
    select: { userId: true },
  });
  if (!row || !canViewSubmission(viewer, row.userId)) throw submissionNotFound();
}
