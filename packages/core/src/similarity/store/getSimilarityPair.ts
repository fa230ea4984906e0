import type { PrismaClient } from "@arbiter/db/client";
import type { SimilarityReviewVerdict } from "@arbiter/shared";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import type { SourceSpan } from "../engine";
import { peopleOf, personOf, type SimilarityPerson } from "./getSimilarityCheck";
import { requireSimilarityCheck } from "./similarityAccess";

export interface SimilaritySide extends SimilarityPerson {
  language: string;
  source: string;
  submittedAt: string;
}

export interface SimilarityPairDetail {
  checkId: string;
  id: string;
  rank: number;
  similarity: number;
  longestFragment: number;
  left: SimilaritySide;
  right: SimilaritySide;
  /** Longest first; 1-based lines and columns in each source. */
  fragments: { left: SourceSpan; right: SourceSpan }[];
  review: { verdict: SimilarityReviewVerdict; note: string; reviewer: string; updatedAt: string } | null;
}

/** One pair of a check with both sources, for the side-by-side view (staff only). */
export async function getSimilarityPair(
  db: PrismaClient,
  actor: Actor,
  checkId: string,
  pairId: string,
): Promise<SimilarityPairDetail> {
  await requireSimilarityCheck(db, actor, checkId);
  const pair = await db.similarityPair.findFirst({
    where: { id: pairId, checkId },
    include: { fragments: { orderBy: { position: "asc" } } },
  });
  if (!pair) throw new AppError("not_found", "This check has no such pair.", { reason: "similarity_unknown" });
  const ids = [pair.leftSubmissionId, pair.rightSubmissionId];
  const [people, sources, review] = await Promise.all([
    peopleOf(db, ids),
    db.submission.findMany({
      where: { id: { in: ids } },
      select: { id: true, language: true, source: true, createdAt: true },
    }),
    db.similarityReview.findUnique({
      where: {
        leftSubmissionId_rightSubmissionId: {
          leftSubmissionId: pair.leftSubmissionId,
          rightSubmissionId: pair.rightSubmissionId,
        },
      },
      include: { reviewer: { select: { name: true } } },
    }),
  ]);
  const side = (id: string): SimilaritySide => {
    const s = sources.find((row) => row.id === id);
    return {
      ...personOf(people, id),
      language: s?.language ?? "",
      source: s?.source ?? "",
      submittedAt: s?.createdAt.toISOString() ?? "",
    };
  };
  return {
    checkId,
    id: pair.id,
    rank: pair.rank,
    similarity: pair.similarity,
    longestFragment: pair.longestFragment,
    left: side(pair.leftSubmissionId),
    right: side(pair.rightSubmissionId),
    fragments: pair.fragments.map((f) => ({
      left: { startLine: f.leftStartLine, startCol: f.leftStartCol, endLine: f.leftEndLine, endCol: f.leftEndCol },
      right: { startLine: f.rightStartLine, startCol: f.rightStartCol, endLine: f.rightEndLine, endCol: f.rightEndCol },
    })),
    review: review
      ? {
          verdict: review.verdict,
          note: review.note,
          reviewer: review.reviewer.name,
          updatedAt: review.updatedAt.toISOString(),
        }
      : null,
  };
}
