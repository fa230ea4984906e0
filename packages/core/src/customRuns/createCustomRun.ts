import type { PrismaClient } from "@arbiter/db/client";
import { MAX_PENDING_CUSTOM_RUNS, customRunRequestSchema } from "@arbiter/shared";
import { AppError } from "../errors";
import type { Actor } from "../permissions/can";
import { enqueueJudge, type JudgeQueue } from "../queue";
import { enqueueWithinTimeout } from "../enqueueWithinTimeout";
import { resolveJudgeTarget } from "../submissions/resolveJudgeTarget";
import { parseRequest } from "../zodMessages";

export interface CreatedCustomRun {
  id: string;
  /** False when the queue was unreachable: the row is stored and the reconciler enqueues it later. */
  enqueued: boolean;
}

/**
 * Stores a "run my code on my input" request, then enqueues it in the custom-run tier
 * (after contest, assignment and practice submissions, before rejudges). Like a
 * submission, the row comes first so a queue outage loses nothing. A user may have at
 * most MAX_PENDING_CUSTOM_RUNS unfinished runs.
 */
export async function createCustomRun(
  db: PrismaClient,
  queue: JudgeQueue,
  user: Actor,
  body: unknown,
): Promise<CreatedCustomRun> {
  const { problem: slug, language, source, input, assignment } = parseRequest(customRunRequestSchema, body);

  const target = await resolveJudgeTarget(db, user, slug, language, { assignment });

  const pending = await db.customRun.count({ where: { userId: user.id, status: { not: "done" } } });
  if (pending >= MAX_PENDING_CUSTOM_RUNS) {
    throw new AppError("rate_limited", `You already have ${pending} runs waiting; wait for one to finish.`);
  }
  const run = await db.customRun.create({
    data: {
      userId: user.id,
      ...target,
      source,
      input: new Uint8Array(Buffer.from(input, "utf8")),
    },
    select: { id: true },
  });
  const enqueued = await enqueueWithinTimeout(
    enqueueJudge(queue, { kind: "custom", customRunId: run.id }, { tier: "custom", userPending: pending }),
  );
  return { id: run.id, enqueued };
}
