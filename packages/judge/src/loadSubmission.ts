import type { PrismaClient } from "@arbiter/db/client";

/**
 * What a judging needs from PostgreSQL: the submission, the problem's settings, groups and
 * test list — the hashes and sizes of the test files, never their bytes (those come from
 * the host's cache, see testData/).
 */
export async function loadSubmissionForJudging(db: PrismaClient, submissionId: string) {
  return db.submission.findUnique({
    where: { id: submissionId },
    include: {
      problem: {
        include: {
          testCases: {
            orderBy: { index: "asc" },
            select: {
              id: true,
              index: true,
              name: true,
              isSample: true,
              groupId: true,
              inputHash: true,
              answerHash: true,
              input: { select: { sizeBytes: true } },
              answer: { select: { sizeBytes: true } },
            },
          },
          testGroups: { orderBy: { index: "asc" } },
        },
      },
    },
  });
}

export type SubmissionForJudging = NonNullable<Awaited<ReturnType<typeof loadSubmissionForJudging>>>;
export type TestCaseForJudging = SubmissionForJudging["problem"]["testCases"][number];
