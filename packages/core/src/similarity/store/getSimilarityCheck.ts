import type { PrismaClient } from "@arbiter/db/client";
import {
  similarityLanguageSummarySchema,
  type SimilarityLanguageSummary,
  type SimilarityReviewVerdict,
  type SimilarityScope,
  type SimilarityStatus,
} from "@arbiter/shared";
import type { Actor } from "../../permissions/can";
import { requireSimilarityCheck } from "./similarityAccess";

export interface SimilarityPerson {
  submissionId: string;
  email: string;
  name: string;
}

export interface SimilarityPairView {
  id: string;
  rank: number;
  language: string;
  left: SimilarityPerson;
  right: SimilarityPerson;
  similarity: number;
  longestFragment: number;
  fragments: { left: { startLine: number; endLine: number }; right: { startLine: number; endLine: number } }[];
  review: { verdict: SimilarityReviewVerdict; note: string } | null;
}

export interface SimilarityCheckView {
  id: string;
  status: SimilarityStatus;
  progress: number;
  scope: SimilarityScope;
  problem: { slug: string; title: string };
  /** "{course}/{assignment}" or null. */
  assignment: string | null;
  contest: string | null;
  submissions: number;
  languages: SimilarityLanguageSummary[];
  clusterThreshold: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
  pairs: SimilarityPairView[];
  clusters: { members: SimilarityPerson[]; maxSimilarity: number }[];
}

/** A check and its report (`GET /api/v1/similarity/{id}`), for its staff only; pairs highest first. */
export async function getSimilarityCheck(db: PrismaClient, actor: Actor, id: string): Promise<SimilarityCheckView> {
  const check = await requireSimilarityCheck(db, actor, id);
  const [problem, assignment, contest, pairs, clusters] = await Promise.all([
    db.problem.findUniqueOrThrow({ where: { id: check.problemId }, select: { slug: true, title: true } }),
    check.assignmentId
      ? db.assignment.findUnique({
          where: { id: check.assignmentId },
          select: { slug: true, course: { select: { slug: true } } },
        })
      : null,
    check.contestId ? db.contest.findUnique({ where: { id: check.contestId }, select: { slug: true } }) : null,
    db.similarityPair.findMany({
      where: { checkId: id },
      orderBy: { rank: "asc" },
      include: { fragments: { orderBy: { position: "asc" } } },
    }),
    db.similarityCluster.findMany({ where: { checkId: id }, orderBy: { position: "asc" } }),
  ]);
  const people = await peopleOf(db, check.submissionIds);
  const reviews = await db.similarityReview.findMany({
    where: { OR: pairs.map((p) => ({ leftSubmissionId: p.leftSubmissionId, rightSubmissionId: p.rightSubmissionId })) },
  });
  const reviewOf = new Map(reviews.map((r) => [`${r.leftSubmissionId}:${r.rightSubmissionId}`, r]));
  return {
    id: check.id,
    status: check.status,
    progress: check.progress,
    scope: check.scope,
    problem,
    assignment: assignment ? `${assignment.course.slug}/${assignment.slug}` : null,
    contest: contest?.slug ?? null,
    submissions: check.submissionIds.length,
    languages: similarityLanguageSummarySchema.array().catch([]).parse(check.languages),
    clusterThreshold: check.clusterThreshold,
    error: check.error,
    createdAt: check.createdAt.toISOString(),
    finishedAt: check.finishedAt?.toISOString() ?? null,
    pairs: pairs.map((p) => {
      const review = reviewOf.get(`${p.leftSubmissionId}:${p.rightSubmissionId}`);
      return {
        id: p.id,
        rank: p.rank,
        language: p.language,
        left: personOf(people, p.leftSubmissionId),
        right: personOf(people, p.rightSubmissionId),
        similarity: p.similarity,
        longestFragment: p.longestFragment,
        fragments: p.fragments.map((f) => ({
          left: { startLine: f.leftStartLine, endLine: f.leftEndLine },
          right: { startLine: f.rightStartLine, endLine: f.rightEndLine },
        })),
        review: review ? { verdict: review.verdict, note: review.note } : null,
      };
    }),
    clusters: clusters.map((c) => ({
      members: c.submissionIds.map((s) => personOf(people, s)),
      maxSimilarity: c.maxSimilarity,
    })),
  };
}

/** Email and name of each submission's author. */
export async function peopleOf(
  db: PrismaClient,
  submissionIds: readonly string[],
): Promise<Map<string, SimilarityPerson>> {
  const rows = await db.submission.findMany({
    where: { id: { in: [...submissionIds] } },
    select: { id: true, user: { select: { email: true, name: true } } },
  });
  return new Map(rows.map((r) => [r.id, { submissionId: r.id, email: r.user.email, name: r.user.name }]));
}

export function personOf(people: ReadonlyMap<string, SimilarityPerson>, submissionId: string): SimilarityPerson {
  return people.get(submissionId) ?? { submissionId, email: "", name: "(deleted)" };
}
