import type { CheckerConfig } from "@arbiter/shared";
import { collectTests } from "./collectTests";
import { decodeText } from "./decodeText";
import { formatBytes } from "./formatBytes";
import { openPackageSource } from "./openPackageSource";
import type { PackageSource } from "./PackageSource";
import {
  MAX_TEST_DATA_BYTES,
  MAX_TEST_FILE_BYTES,
  MAX_TESTDATA_YAML_BYTES,
  MAX_TEXT_FILE_BYTES,
} from "./packageLimits";
import { parseProblemYaml, type ProblemMetadata } from "./parseProblemYaml";
import { parseTestdataYaml, type TestdataSettings } from "./parseTestdataYaml";
import { ProblemPackageError } from "./ProblemPackageError";
import { ProgramBudget } from "./ProgramBudget";
import { readInputValidators, type PackageProgram } from "./readInputValidators";
import { readSubmissions, type PackageSubmission } from "./readSubmissions";
import { resolveChecker } from "./resolveChecker";
import { resolveGroups, settingsChain, type PackageGroup } from "./resolveGroups";

export interface PackageTest {
  /** "sample/1", "secret/10", "secret/small/3": group and file stem, for instructors. */
  name: string;
  /** The name of its group. */
  group: string;
  isSample: boolean;
  input: Uint8Array<ArrayBuffer>;
  answer: Uint8Array<ArrayBuffer>;
  /** `input_validator_flags` of its group's testdata.yaml (or the nearest ancestor's): the input validators' arguments. */
  inputValidatorFlags: string[];
}

export interface ProblemPackage extends Omit<
  ProblemMetadata,
  "customValidation" | "validatorFlags" | "testlibChecker" | "checkerLanguage" | "warnings"
> {
  /** Markdown; empty when the package has no Markdown statement. */
  statement: string;
  checker: CheckerConfig;
  /** In judging order; every test belongs to one. */
  groups: PackageGroup[];
  /** In judging order: samples first, then secret tests group by group. */
  tests: PackageTest[];
  /** Kept for verification only; never stored. */
  inputValidators: PackageProgram[];
  /** Example solutions for `problem:verify`; never stored. */
  submissions: PackageSubmission[];
  /** What the package says that Arbiter ignores or approximates. */
  warnings: string[];
}

/** Statement files tried in order; the English one wins over the unlabelled one. */
const STATEMENT_FILES = ["problem_statement/problem.en.md", "problem_statement/problem.md"];

/**
 * Reads and validates a Kattis/ICPC-style problem package (a directory or a zip)
 * completely into memory, so that a caller can write it in one transaction or not
 * at all. Throws `ProblemPackageError` for anything wrong with the package.
 */
export async function readProblemPackage(packagePath: string): Promise<ProblemPackage> {
  const source = await openPackageSource(packagePath);
  try {
    return await readFromSource(source);
  } finally {
    await source.close();
  }
}

async function readFromSource(source: PackageSource): Promise<ProblemPackage> {
  if (source.entries.get("problem.yaml")?.kind !== "file") throw new ProblemPackageError("problem.yaml is missing");
  const meta = parseProblemYaml(decodeText(await source.read("problem.yaml", MAX_TEXT_FILE_BYTES), "problem.yaml"));

  const statementRel = STATEMENT_FILES.find((rel) => source.entries.get(rel)?.kind === "file");
  const statement = statementRel ? decodeText(await source.read(statementRel, MAX_TEXT_FILE_BYTES), statementRel) : "";

  const collected = collectTests(source);
  const settings = await readTestdataSettings(source, ["", "sample", "secret", ...collected.groups.map((g) => g.name)]);
  const resolved = resolveGroups(collected.groups, settings, meta.scoring);

  const budget = new ProgramBudget(source);
  const { checker, warnings: checkerWarnings } = await resolveChecker(source, meta, budget);
  const inputValidators = await readInputValidators(source, budget);
  const { submissions, warnings: submissionWarnings } = await readSubmissions(source, budget);

  const files = resolved.groups.flatMap(({ name }) =>
    (collected.groups.find((g) => g.name === name)?.tests ?? []).map((test) => ({ group: name, ...test })),
  );
  const total = files.reduce(
    (sum, t) => sum + (source.entries.get(t.inputRel)?.size ?? 0) + (source.entries.get(t.answerRel)?.size ?? 0),
    0,
  );
  if (total > MAX_TEST_DATA_BYTES) {
    throw new ProblemPackageError(`The test data totals more than ${formatBytes(MAX_TEST_DATA_BYTES)}`);
  }
  const flagsOf = (group: string): string[] =>
    settingsChain(group, settings).find((s) => s.inputValidatorFlags)?.inputValidatorFlags ?? [];
  const tests: PackageTest[] = [];
  for (const t of files) {
    tests.push({
      name: `${t.group}/${t.stem}`,
      group: t.group,
      isSample: t.group === "sample",
      input: await source.read(t.inputRel, MAX_TEST_FILE_BYTES),
      answer: await source.read(t.answerRel, MAX_TEST_FILE_BYTES),
      inputValidatorFlags: flagsOf(t.group),
    });
  }

  const {
    customValidation: _c,
    validatorFlags: _f,
    testlibChecker: _t,
    checkerLanguage: _l,
    warnings,
    ...fields
  } = meta;
  return {
    ...fields,
    statement,
    checker,
    groups: resolved.groups,
    tests,
    inputValidators,
    submissions,
    warnings: [...warnings, ...collected.warnings, ...resolved.warnings, ...checkerWarnings, ...submissionWarnings],
  };
}

/** Each group directory's testdata.yaml, keyed by the directory below data/ ("" for data/ itself). */
async function readTestdataSettings(source: PackageSource, dirs: string[]): Promise<Map<string, TestdataSettings>> {
  const settings = new Map<string, TestdataSettings>();
  for (const dir of new Set(dirs)) {
    const rel = dir ? `data/${dir}/testdata.yaml` : "data/testdata.yaml";
    if (source.entries.get(rel)?.kind !== "file") continue;
    settings.set(dir, parseTestdataYaml(decodeText(await source.read(rel, MAX_TESTDATA_YAML_BYTES), rel), rel));
  }
  return settings;
}
