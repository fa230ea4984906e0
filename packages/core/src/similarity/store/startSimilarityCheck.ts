import type { PrismaClient } from "@arbiter/db/client";
import { startSimilarityRequestSchema } from "@arbiter/shared";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { isUniqueViolation } from "../../users/isUniqueViolation";
import { parseRequest } from "../../zodMessages";
import { groupByLanguage, textLanguages } from "../groupByLanguage";
import { enqueueSimilarityCheck, similarityJobAlive, type SimilarityQueue } from "../queue";
import { loadCandidates } from "./loadCandidates";
import { resolveSimilarityTarget } from "./resolveSimilarityTarget";

/**
 * Most submissions one check compares. Pairs grow with the square (1,000 make half a
 * million); the benchmark's 200 take seconds. Above this, compare the counted ones.
 */
export const MAX_CHECK_SUBMISSIONS = 1000;

export interface StartedCheck {
  id: string;
  /** Said to the user: languages the engine cannot parse, which are compared as plain text. */
  notice: string | null;
}

/**
 * Starts a check (`POST /api/v1/similarity`): validates, picks the submissions now, stores
 * the check, then enqueues it. Refuses, with a message saying why, fewer than two
 * submissions, no two in one language, more than MAX_CHECK_SUBMISSIONS, and a second start
 * while one runs (409); a check whose job was lost (worker and Redis gone) is marked failed
 * so it can be re-run. If the queue cannot be reached nothing stays stored.
 */
export async function startSimilarityCheck(
  db: PrismaClient,
  queue: SimilarityQueue,
  actor: Actor,
  body: unknown,
): Promise<StartedCheck> {
  const request = parseRequest(startSimilarityRequestSchema, body);
  const target = await resolveSimilarityTarget(db, actor, request);
  const selected = await loadCandidates(db, target, request.scope);
  const what = request.scope === "all" ? "submissions" : "participants with a submission";
  if (selected.length < 2) {
    throw new AppError(
      "bad_request",
      `A check compares at least two submissions; this problem has ${selected.length === 0 ? "none" : "only one"}.`,
      { reason: "too_few_submissions", field: "problem" },
    );
  }
  if (selected.length > MAX_CHECK_SUBMISSIONS) {
    throw new AppError(
      "bad_request",
      `This problem has ${selected.length} ${what}; a check compares at most ${MAX_CHECK_SUBMISSIONS}.` +
        (request.scope === "all" ? ' Check the counted ones (scope "counted") instead.' : ""),
      { reason: "too_many_submissions", field: "scope" },
    );
  }
  const { groups, summary } = groupByLanguage(selected);
  if (!groups.some((g) => g.submissions.length >= 2)) {
    throw new AppError(
      "bad_request",
      `No two submissions are in the same language (${summary.map((s) => s.language).join(", ")}); programs are only compared within a language.`,
      { reason: "too_few_submissions", field: "problem" },
    );
  }

  await releaseLostCheck(db, queue, target.problemId, target.place);
  const placeFields = target.place.assignmentId
    ? { assignmentId: target.place.assignmentId }
    : { contestId: target.place.contestId ?? "" };
  let id: string;
  try {
    const check = await db.similarityCheck.create({
      data: {
        problemId: target.problemId,
        ...placeFields,
        scope: request.scope,
        requestedById: actor.id,
        submissionIds: selected.map((s) => s.id),
        ignoredCode: request.ignore,
        clusterThreshold: request.threshold,
        languages: summary,
      },
      select: { id: true },
    });
    id = check.id;
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyRunning();
    throw error;
  }
  try {
    await enqueueSimilarityCheck(queue, id);
  } catch {
    await db.similarityCheck.delete({ where: { id } }).catch(() => undefined);
    throw new AppError("unavailable", "The check queue cannot be reached right now; try again in a minute.");
  }
  const text = textLanguages(summary);
  return {
    id,
    notice: text.length
      ? `The similarity engine cannot parse ${text.join(", ")}; those submissions are compared as plain text.`
      : null,
  };
}

function alreadyRunning(): AppError {
  return new AppError("conflict", "A check of this problem is already queued or running; wait for it to finish.", {
    reason: "similarity_running",
  });
}

/** An unfinished check whose job no longer exists (a worker killed and Redis reset) is failed; a live one refuses. */
async function releaseLostCheck(
  db: PrismaClient,
  queue: SimilarityQueue,
  problemId: string,
  place: { assignmentId?: string | null; contestId?: string | null },
): Promise<void> {
  const unfinished = await db.similarityCheck.findFirst({
    where: {
      problemId,
      assignmentId: place.assignmentId ?? null,
      contestId: place.contestId ?? null,
      status: { in: ["queued", "running"] },
    },
    select: { id: true },
  });
  if (!unfinished) return;
  if (await similarityJobAlive(queue, unfinished.id)) throw alreadyRunning();
  await failSimilarityCheck(
    db,
    unfinished.id,
    "The check stopped before it finished (its worker went away); run it again.",
  );
}

/** Marks an unfinished check failed with a message for staff; a finished one is left alone. */
export async function failSimilarityCheck(db: PrismaClient, checkId: string, message: string): Promise<void> {
  await db.similarityCheck.updateMany({
    where: { id: checkId, status: { in: ["queued", "running"] } },
    data: { status: "failed", error: message, finishedAt: new Date() },
  });
}
