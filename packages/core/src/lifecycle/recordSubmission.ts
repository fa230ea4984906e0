import type { PrismaClient } from "@arbiter/db/client";
import type { LanguageId } from "@arbiter/shared";

/** Where a submission was made: practice, or a real reference to its assignment or contest row. */
export type SubmissionPlace =
  | { kind: "practice" }
  | { kind: "assignment"; assignmentId: string }
  | { kind: "contest"; contestId: string; participantId: string };

export interface NewSubmission {
  userId: string;
  problemId: string;
  language: LanguageId;
  source: string;
  /** When it was made: for an assignment, the instant its credit was decided at. */
  createdAt: Date;
  place: SubmissionPlace;
}

/**
 * → created (status queued). The row is written before anything is enqueued. `db` may be
 * a transaction, for rows that must land together with the submission.
 */
export async function recordSubmission(
  db: Pick<PrismaClient, "submission">,
  submission: NewSubmission,
): Promise<{ id: string }> {
  const { place, ...fields } = submission;
  return db.submission.create({
    data: {
      ...fields,
      context: place.kind,
      assignmentId: place.kind === "assignment" ? place.assignmentId : null,
      contestId: place.kind === "contest" ? place.contestId : null,
      participantId: place.kind === "contest" ? place.participantId : null,
    },
    select: { id: true },
  });
}
