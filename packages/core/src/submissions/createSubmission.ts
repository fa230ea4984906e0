import type { PrismaClient } from "@arbiter/db/client";
import { submitRequestSchema } from "@arbiter/shared";
import { recordSubmission } from "../lifecycle/recordSubmission";
import type { Actor } from "../permissions/can";
import { enqueueSubmission, type JudgeQueue } from "../queue";
import { parseRequest } from "../zodMessages";
import { enqueueWithinTimeout } from "../enqueueWithinTimeout";
import { resolveJudgeTarget } from "./resolveJudgeTarget";

export interface CreatedSubmission {
  id: string;
  /** False when the queue was unreachable: the row is stored and the reconciler enqueues it later. */
  enqueued: boolean;
}

/**
 * Stores a submission, then enqueues it. The row is written first so that a queue
 * outage never loses work: the worker's reconciler re-enqueues anything still queued.
 */
export async function createSubmission(
  db: PrismaClient,
  queue: JudgeQueue,
  user: Actor,
  body: unknown,
): Promise<CreatedSubmission> {
  const { problem: slug, language, source } = parseRequest(submitRequestSchema, body);
  const target = await resolveJudgeTarget(db, user, slug, language);
  const submission = await recordSubmission(db, {
    userId: user.id,
    ...target,
    source,
    place: { kind: "practice" },
  });
  const enqueued = await enqueueWithinTimeout(enqueueSubmission(db, queue, submission.id, "submit"));
  return { id: submission.id, enqueued };
}
