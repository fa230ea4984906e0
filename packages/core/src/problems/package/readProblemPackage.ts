import { collectTests } from "./collectTests";
import { MAX_TEST_DATA_BYTES, MAX_TEST_FILE_BYTES, MAX_TEXT_FILE_BYTES } from "./packageLimits";
import { parseProblemYaml, type ProblemMetadata } from "./parseProblemYaml";
import { ProblemPackageError } from "./ProblemPackageError";
import { readPackageFile, readPackageText } from "./readPackageFile";
import { scanPackage, type ScannedPackage } from "./scanPackage";

export interface PackageTest {
  /** "sample/1", "secret/10": group and file stem, for instructors. */
  name: string;
  isSample: boolean;
  input: Uint8Array<ArrayBuffer>;
  answer: Uint8Array<ArrayBuffer>;
}

export interface ProblemPackage extends ProblemMetadata {
  /** Markdown; empty when the package has no Markdown statement. */
  statement: string;
  /** In judging order: samples first, then secret tests. */
  tests: PackageTest[];
}

/** Statement files tried in order; the English one wins over the unlabelled one. */
const STATEMENT_FILES = ["problem_statement/problem.en.md", "problem_statement/problem.md"];

/**
 * Reads and validates a Kattis/ICPC-style problem package completely into memory,
 * so that a caller can write it in one transaction or not at all. Throws
 * `ProblemPackageError` for anything wrong with the package.
 */
export async function readProblemPackage(dir: string): Promise<ProblemPackage> {
  const pkg = await scanPackage(dir);
  if (pkg.entries.get("problem.yaml")?.kind !== "file") throw new ProblemPackageError("problem.yaml is missing");
  const metadata = parseProblemYaml(await readPackageText(pkg, "problem.yaml", MAX_TEXT_FILE_BYTES));

  const statementRel = STATEMENT_FILES.find((rel) => pkg.entries.get(rel)?.kind === "file");
  const statement = statementRel ? await readPackageText(pkg, statementRel, MAX_TEXT_FILE_BYTES) : "";

  const files = collectTests(pkg);
  checkTotalSize(
    pkg,
    files.flatMap((t) => [t.inputRel, t.answerRel]),
  );
  const tests: PackageTest[] = [];
  for (const t of files) {
    tests.push({
      name: `${t.group}/${t.stem}`,
      isSample: t.group === "sample",
      input: await readPackageFile(pkg, t.inputRel, MAX_TEST_FILE_BYTES),
      answer: await readPackageFile(pkg, t.answerRel, MAX_TEST_FILE_BYTES),
    });
  }
  return { ...metadata, statement, tests };
}

function checkTotalSize(pkg: ScannedPackage, rels: string[]): void {
  const total = rels.reduce((sum, rel) => sum + (pkg.entries.get(rel)?.size ?? 0), 0);
  if (total > MAX_TEST_DATA_BYTES) {
    throw new ProblemPackageError(`The test data totals more than ${MAX_TEST_DATA_BYTES / 1024 / 1024} MiB`);
  }
}
