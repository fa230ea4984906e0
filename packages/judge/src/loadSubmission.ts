import type { PrismaClient } from "@arbiter/db/client";

/** Everything a judging needs, test data and groups included, in judging order. */
export async function loadSubmissionForJudging(db: PrismaClient, submissionId: string) {
  return db.submission.findUnique({
    where: { id: submissionId },
    include: {
      problem: {
        include: {
          testCases: { orderBy: { index: "asc" } },
          testGroups: { orderBy: { index: "asc" } },
        },
      },
    },
  });
}

export type SubmissionForJudging = NonNullable<Awaited<ReturnType<typeof loadSubmissionForJudging>>>;
export type TestCaseForJudging = SubmissionForJudging["problem"]["testCases"][number];
