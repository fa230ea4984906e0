import type { CourseRole } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import type { HiddenTestDisclosure } from "@arbiter/shared";
import { AppError } from "../errors";
import { can, type Actor } from "../permissions/can";
import { parseRecordId } from "../recordId";

export type Viewer = Actor;

/** What the viewer is to the place a submission was made in, resolved by the loader. */
export interface SubmissionStanding {
  /** Role in the course of its assignment; null for practice, contests, or no membership. */
  courseRole: CourseRole | null;
  /** Jury of its contest. */
  contestJury?: boolean;
  /** On the team (contest participant row) it was made for. */
  teammate?: boolean;
}

/**
 * Whether `viewer` may read a submission owned by `ownerId`: its owner and teammates,
 * the staff of its course or jury of its contest, and admins.
 */
export function canViewSubmission(
  viewer: Viewer,
  ownerId: string,
  standing: SubmissionStanding = { courseRole: null },
): boolean {
  return can(viewer, "submission.view", { kind: "submission", ownerId, ...standing });
}

/**
 * Whether `viewer` sees everything of it, hidden tests included (its course's staff, its
 * contest's jury, admins); everyone else sees hidden tests only as the disclosure policy allows.
 */
export function isSubmissionStaff(viewer: Viewer, ownerId: string, standing: SubmissionStanding): boolean {
  return can(viewer, "submission.viewHidden", { kind: "submission", ownerId, ...standing });
}

/** The one answer for "missing" and "not yours", so ids of others' submissions reveal nothing. */
export function submissionNotFound(): AppError {
  return new AppError("not_found", "No such submission.");
}

/**
 * The hidden-test policy that applies to a submission: its contest's, else its
 * assignment's, else its problem's (practice).
 */
export function effectiveDisclosure(places: {
  contest: { hiddenTestDisclosure: HiddenTestDisclosure } | null;
  assignment: { hiddenTestDisclosure: HiddenTestDisclosure } | null;
  problem: { hiddenTestDisclosure: HiddenTestDisclosure };
}): HiddenTestDisclosure {
  return (places.contest ?? places.assignment ?? places.problem).hiddenTestDisclosure;
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
): Promise<{ staff: boolean; hiddenTestDisclosure: HiddenTestDisclosure }> {
  const row = await db.submission.findUnique({
    where: { id: parseRecordId(id, "submission id") },
    select: {
      userId: true,
      problem: { select: { hiddenTestDisclosure: true } },
      assignment: {
        select: {
          hiddenTestDisclosure: true,
          course: { select: { members: { where: { userId: viewer.id, droppedAt: null }, select: { role: true } } } },
        },
      },
      contest: {
        select: { hiddenTestDisclosure: true, jury: { where: { userId: viewer.id }, select: { userId: true } } },
      },
      participant: { select: { members: { where: { userId: viewer.id }, select: { userId: true } } } },
    },
  });
  if (!row) throw submissionNotFound();
  const standing: SubmissionStanding = {
    courseRole: row.assignment?.course.members[0]?.role ?? null,
    contestJury: (row.contest?.jury.length ?? 0) > 0,
    teammate: (row.participant?.members.length ?? 0) > 0,
  };
  if (!canViewSubmission(viewer, row.userId, standing)) throw submissionNotFound();
  return { staff: isSubmissionStaff(viewer, row.userId, standing), hiddenTestDisclosure: effectiveDisclosure(row) };
}
