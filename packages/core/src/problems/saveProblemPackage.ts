import type { Prisma, PrismaClient } from "@arbiter/db/client";
import { storeTestCaseFiles } from "../testFiles/storeTestFiles";
import type { PackageTest, ProblemPackage } from "./package/readProblemPackage";
import { saveProblemExamples } from "./verification/saveProblemExamples";

/** Rows per INSERT stay under this many bytes of test data, well below PostgreSQL's 1 GiB message limit. */
const INSERT_BATCH_BYTES = 32 * 1024 * 1024;
/** Generous: a large package is slow to send, but must still land in one transaction. */
const TRANSACTION_TIMEOUT_MS = 10 * 60 * 1000;

export interface SaveProblemOptions {
  /** Set only when the problem is created: a re-import keeps where it belongs. */
  newProblem?: { courseId: string | null; isPublic: boolean; authorId: string | null };
}

/**
 * Writes a package that `readProblemPackage` read and validated under `slug`, in
 * one transaction: the problem row is created or updated in place (so submissions
 * keep pointing at it), and its groups and test cases are replaced. Returns the
 * problem's id and whether it was created. Replacing deletes the test results of
 * past judgings of the problem.
 */
export async function saveProblemPackage(
  db: PrismaClient,
  pkg: ProblemPackage,
  slug: string,
  options: SaveProblemOptions = {},
): Promise<{ problemId: string; created: boolean }> {
  const fields = {
    title: pkg.title,
    statement: pkg.statement,
    timeLimitMs: pkg.timeLimitMs,
    memoryLimitMb: pkg.memoryLimitMb,
    outputLimitMb: pkg.outputLimitMb,
    validationPasses: pkg.validationPasses,
    graderFlags: pkg.graderFlags,
    scoring: pkg.scoring,
    checker: pkg.checker as Prisma.InputJsonObject,
    interactive: pkg.interactive,
    runAllTests: pkg.runAllTests,
    hiddenTestDisclosure: pkg.hiddenTestDisclosure,
    tags: pkg.tags,
    difficulty: pkg.difficulty,
  };
  return db.$transaction(
    async (tx) => {
      const existing = await tx.problem.findUnique({ where: { slug }, select: { id: true } });
      const { id: problemId } = await tx.problem.upsert({
        where: { slug },
        create: { slug, ...fields, ...options.newProblem },
        update: fields,
        select: { id: true },
      });
      if (existing) {
        // Deleting test cases cascades to the TestResult rows of past judgings.
        await tx.testCase.deleteMany({ where: { problemId } });
        await tx.testGroup.deleteMany({ where: { problemId } });
      }
      const groupIds = new Map<string, string>();
      for (const [i, group] of pkg.groups.entries()) {
        const row = await tx.testGroup.create({
          data: {
            problemId,
            index: i + 1,
            name: group.name,
            points: group.points,
            dependencies: group.dependencies,
            graderFlags: group.graderFlags,
            stopOnReject: group.stopOnReject,
          },
          select: { id: true },
        });
        groupIds.set(group.name, row.id);
      }
      for (const batch of batchBySize(pkg.tests)) {
        // Contents stored once by hash: a re-import or a shared test adds no bytes.
        const files = await storeTestCaseFiles(
          tx,
          batch.map(({ test }) => test),
        );
        await tx.testCase.createMany({
          data: batch.map(({ test, index }, i) => ({
            problemId,
            groupId: groupIds.get(test.group) ?? null,
            index,
            name: test.name,
            isSample: test.isSample,
            ...files[i]!,
          })),
        });
      }
      await saveProblemExamples(tx, problemId, pkg.submissions);
      return { problemId, created: existing === null };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
}

/** Splits tests into insert batches, keeping their 1-based judging index. */
function* batchBySize(tests: PackageTest[]): Generator<{ test: PackageTest; index: number }[]> {
  let batch: { test: PackageTest; index: number }[] = [];
  let bytes = 0;
  for (const [i, test] of tests.entries()) {
    const size = test.input.length + test.answer.length;
    if (batch.length > 0 && bytes + size > INSERT_BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push({ test, index: i + 1 });
    bytes += size;
  }
  if (batch.length > 0) yield batch;
}
