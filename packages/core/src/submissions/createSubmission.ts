import type { PrismaClient } from "@arbiter/db/client";
import { submitRequestSchema } from "@arbiter/shared";
import { resolveContestPlace } from "../contests/store/resolveContestPlace";
import { resolveAssignmentPlace } from "../courses/store/resolveAssignmentPlace";
import { recordSubmission, type NewSubmission } from "../lifecycle/recordSubmission";
import type { Actor } from "../permissions/can";
import { enqueueSubmission, type JudgeQueue } from "../queue";
import { parseRequest } from "../zodMessages";
import { enqueueWithinTimeout } from "../enqueueWithinTimeout";
import { resolveJudgeTarget, resolveLanguage } from "./resolveJudgeTarget";

export interface CreatedSubmission {
  id: string;
  /** False when the queue was unreachable: the row is stored and the reconciler enqueues it later. */
  enqueued: boolean;
  /** For the student, when the place has something to say (late credit, judged as practice). */
  notice: string | null;
  /** The contest it was made in: its open boards should hear of the new pending submission. */
  contestId: string | null;
}

export interface CreateSubmissionOptions {
  /** The submission's time: it alone decides deadlines. Injected by tests; defaults to now. */
  now?: Date;
}

/**
 * Stores a submission (practice, for an assignment or in a contest it is allowed in), then enqueues
 * it. The row is written first so that a queue outage never loses work: the worker's
 * reconciler re-enqueues anything still queued.
 */
export async function createSubmission(
  db: PrismaClient,
  queue: JudgeQueue,
  user: Actor,
  body: unknown,
  options: CreateSubmissionOptions = {},
): Promise<CreatedSubmission> {
  const input = parseRequest(submitRequestSchema, body);
  const createdAt = options.now ?? new Date();
  let submission: NewSubmission;
  let notice: string | null = null;
  if (input.contest) {
    const language = await resolveLanguage(db, input.language);
    const place = await resolveContestPlace(db, user, input.contest, input.problem, createdAt);
    notice = place.notice;
    submission = {
      userId: user.id,
      problemId: place.problemId,
      language,
      source: input.source,
      createdAt,
      place: { kind: "contest", contestId: place.contestId, participantId: place.participantId },
    };
  } else if (input.assignment) {
    const language = await resolveLanguage(db, input.language);
    const place = await resolveAssignmentPlace(db, user, input.assignment, input.problem, createdAt);
    notice = place.notice;
    submission = {
      userId: user.id,
      problemId: place.problemId,
      language,
      source: input.source,
      createdAt,
      place: { kind: "assignment", assignmentId: place.assignmentId },
    };
  } else {
    const target = await resolveJudgeTarget(db, user, input.problem, input.language);
    submission = { userId: user.id, ...target, source: input.source, createdAt, place: { kind: "practice" } };
  }
  const { id } = await recordSubmission(db, submission);
  const enqueued = await enqueueWithinTimeout(enqueueSubmission(db, queue, id, "submit"));
  return { id, enqueued, notice, contestId: submission.place.kind === "contest" ? submission.place.contestId : null };
}
