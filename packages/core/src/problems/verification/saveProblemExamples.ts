import type { Prisma } from "@arbiter/db/client";
import type { PackageSubmission } from "../package/readSubmissions";

/**
 * Replaces a problem's example submissions with a package's, inside the import's
 * transaction. Past verifications keep their verdicts on their submissions, but lose
 * their runs: they checked examples that are gone.
 */
export async function saveProblemExamples(
  tx: Prisma.TransactionClient,
  problemId: string,
  examples: readonly PackageSubmission[],
): Promise<void> {
  await tx.problemExample.deleteMany({ where: { problemId } });
  if (examples.length === 0) return;
  await tx.problemExample.createMany({
    data: examples.map((e) => ({
      problemId,
      path: e.path,
      language: e.language,
      source: e.source,
      expectation: e.expectation,
    })),
  });
}
