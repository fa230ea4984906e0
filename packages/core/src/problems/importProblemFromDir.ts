import path from "node:path";
import type { PrismaClient } from "@arbiter/db/client";
import { ProblemPackageError } from "./package/ProblemPackageError";
import { readProblemPackage, type PackageTest } from "./package/readProblemPackage";
import { isProblemSlug } from "./slug";

export interface ImportProblemOptions {
  /** Defaults to the directory's name. */
  slug?: string;
}

export interface ImportProblemResult {
  slug: string;
  title: string;
  /** Number of test cases, samples included. */
  tests: number;
  /** False when an existing problem with this slug was replaced. */
  created: boolean;
}

/** Rows per INSERT stay under this many bytes of test data, well below PostgreSQL's 1 GiB message limit. */
const INSERT_BATCH_BYTES = 32 * 1024 * 1024;
/** Generous: a large package is slow to send, but must still land in one transaction. */
const TRANSACTION_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Imports (or re-imports) a Kattis/ICPC-style problem package from a directory.
 * The whole package is read and validated before anything is written; then the
 * problem's statement, limits and test cases are replaced in one transaction, so
 * submissions keep pointing at the same problem row. Throws `ProblemPackageError`
 * for a bad package or slug.
 */
export async function importProblemFromDir(
  db: PrismaClient,
  dir: string,
  options: ImportProblemOptions = {},
): Promise<ImportProblemResult> {
  const slug = options.slug ?? path.basename(path.resolve(dir));
  if (!isProblemSlug(slug)) {
    throw new ProblemPackageError(
      `"${slug.slice(0, 80)}" is not a valid problem slug: use 1-63 lowercase letters, digits, "-" or "_", ` +
        `starting with a letter or digit (or give a slug explicitly)`,
    );
  }
  const pkg = await readProblemPackage(dir);
  const fields = {
    title: pkg.title,
    statement: pkg.statement,
    timeLimitMs: pkg.timeLimitMs,
    memoryLimitMb: pkg.memoryLimitMb,
  };

  const created = await db.$transaction(
    async (tx) => {
      const existing = await tx.problem.findUnique({ where: { slug }, select: { id: true } });
      const problem = await tx.problem.upsert({
        where: { slug },
        create: { slug, ...fields },
        update: fields,
        select: { id: true },
      });
      // Deleting cascades to TestResult rows of past judgings of this problem.
      if (existing) await tx.testCase.deleteMany({ where: { problemId: problem.id } });
      for (const batch of batchBySize(pkg.tests)) {
        await tx.testCase.createMany({
          data: batch.map(({ test, index }) => ({ problemId: problem.id, index, ...test })),
        });
      }
      return existing === null;
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
  return { slug, title: pkg.title, tests: pkg.tests.length, created };
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
