import type { SubmissionStatus } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import type { Verdict } from "@arbiter/shared";
import { can, type Actor } from "../../permissions/can";
import { byVerificationOrder } from "./planVerification";
import { problemResource, requireProblem } from "./problemAccess";

/** One shipped submission's verification: what its folder expects against what it got. */
export interface VerificationRun {
  file: string;
  expected: Verdict;
  submissionId: string;
  status: SubmissionStatus;
  /** Null until judged. */
  verdict: Verdict | null;
  score: number | null;
  /** Null while it waits or is being judged. */
  matches: boolean | null;
  /** Each test's verdict in judging order, from the newest judging (the author's own tests: hidden ones too). */
  tests: Verdict[];
}

export interface ProblemAuthoring {
  slug: string;
  title: string;
  statement: string;
  timeLimitMs: number;
  memoryLimitMb: number;
  tags: string[];
  difficulty: number | null;
  isPublic: boolean;
  course: { slug: string; title: string } | null;
  testCount: number;
  canPublish: boolean;
  verification: VerificationRun[];
}

/** The edit page's data (and `GET /api/v1/problems/{slug}/authoring`), for those who may edit the problem. */
export async function getProblemAuthoring(db: PrismaClient, actor: Actor, slug: string): Promise<ProblemAuthoring> {
  const access = await requireProblem(db, actor, slug, "problem.edit");
  const problem = await db.problem.findUniqueOrThrow({
    where: { id: access.id },
    select: {
      slug: true,
      title: true,
      statement: true,
      timeLimitMs: true,
      memoryLimitMb: true,
      tags: true,
      difficulty: true,
      isPublic: true,
      course: { select: { slug: true, title: true } },
      _count: { select: { testCases: true } },
      verifications: {
        select: {
          file: true,
          expected: true,
          submission: {
            select: {
              id: true,
              status: true,
              verdict: true,
              score: true,
              judgings: {
                orderBy: { startedAt: "desc" },
                take: 1,
                select: { results: { orderBy: { index: "asc" }, select: { verdict: true } } },
              },
            },
          },
        },
      },
    },
  });
  const { _count, verifications, ...fields } = problem;
  return {
    ...fields,
    testCount: _count.testCases,
    canPublish: can(actor, "problem.publish", await problemResource(db, actor, access)),
    verification: verifications
      .sort((a, b) => byVerificationOrder(a.file, b.file))
      .map(({ file, expected, submission }) => {
        const finished = submission.status === "done" && submission.verdict !== null;
        return {
          file,
          expected,
          submissionId: submission.id,
          status: submission.status,
          verdict: submission.verdict,
          score: submission.score,
          matches: finished ? submission.verdict === expected : null,
          tests: submission.judgings[0]?.results.map((r) => r.verdict) ?? [],
        };
      }),
  };
}
