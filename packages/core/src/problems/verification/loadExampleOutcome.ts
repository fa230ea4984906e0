import type { PrismaClient } from "@arbiter/db/client";
import type { ExampleOutcome } from "./checkExample";

/**
 * A judged submission's outcome for `checkExample`: its final verdict and score, and
 * the results of its newest finished judging, with test names and judge messages.
 */
export async function loadExampleOutcome(
  db: PrismaClient,
  submission: { id: string; problemId: string; verdict: ExampleOutcome["verdict"]; score: number },
): Promise<ExampleOutcome & { slowestMs: number | null }> {
  const judging = await db.judging.findFirst({
    where: { submissionId: submission.id, finishedAt: { not: null } },
    orderBy: { startedAt: "desc" },
    select: {
      results: {
        orderBy: { index: "asc" },
        select: { verdict: true, timeMs: true, judgeMessage: true, testCase: { select: { name: true } } },
      },
    },
  });
  const results = judging?.results ?? [];
  const testCount = await db.testCase.count({ where: { problemId: submission.problemId } });
  return {
    verdict: submission.verdict,
    score: submission.score,
    testCount,
    tests: results.map((r) => ({ name: r.testCase.name, verdict: r.verdict, judgeMessage: r.judgeMessage })),
    slowestMs: results.length > 0 ? Math.max(...results.map((r) => r.timeMs)) : null,
  };
}
