import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import type { HiddenTestDisclosure } from "@arbiter/shared";
import { AppError } from "../errors";
import { parseRecordId } from "../recordId";

export type Viewer = Pick<User, "id" | "role">;

/**
 * Staff (instructors, admins) see every test of every submission, hidden ones included;
 * students see hidden tests only as the disclosure policy allows.
 */
export function viewerIsStaff(viewer: Viewer): boolean {
  return viewer.role !== "student";
}

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
 * costly (the live-events stream subscribes only after this). Returns the problem's
 * disclosure policy, which the stream applies to every live event it forwards.
 */
export async function requireSubmissionAccess(
  db: PrismaClient,
  viewer: Viewer,
  id: string,
): Promise<{ hiddenTestDisclosure: HiddenTestDisclosure }> {
  const row = await db.submission.findUnique({
    where: { id: parseRecordId(id, "submission id") },
    select: { userId: true, problem: { select: { hiddenTestDisclosure: true } } },
  });
  if (!row || !canViewSubmission(viewer, row.userId)) throw submissionNotFound();
  return { hiddenTestDisclosure: row.problem.hiddenTestDisclosure };
}
