import type { PrismaClient } from "@arbiter/db/client";
import { similarityReviewRequestSchema, type SimilarityReviewVerdict } from "@arbiter/shared";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { parseRequest } from "../../zodMessages";
import { requireSimilarityCheck } from "./similarityAccess";

/**
 * Staff mark a pair "fine" or "suspicious" with a note. The mark belongs to the two
 * submissions, not to this run, so a re-run of the check shows it again.
 */
export async function reviewSimilarityPair(
  db: PrismaClient,
  actor: Actor,
  checkId: string,
  pairId: string,
  body: unknown,
): Promise<{ verdict: SimilarityReviewVerdict; note: string }> {
  const { verdict, note } = parseRequest(similarityReviewRequestSchema, body);
  await requireSimilarityCheck(db, actor, checkId);
  const pair = await db.similarityPair.findFirst({
    where: { id: pairId, checkId },
    select: { leftSubmissionId: true, rightSubmissionId: true },
  });
  if (!pair) throw new AppError("not_found", "This check has no such pair.", { reason: "similarity_unknown" });
  const saved = await db.similarityReview.upsert({
    where: { leftSubmissionId_rightSubmissionId: pair },
    create: { ...pair, verdict, note, reviewerId: actor.id },
    update: { verdict, note, reviewerId: actor.id },
  });
  return { verdict: saved.verdict, note: saved.note };
}
