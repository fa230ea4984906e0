import type { CheckerConfig } from "@arbiter/shared";
import { collectTests, type GroupFiles } from "./collectTests";
import { decodeText } from "./decodeText";
import { formatBytes } from "./formatBytes";
import { openPackageSource } from "./openPackageSource";
import type { PackageSource } from "./PackageSource";
import {
  MAX_TEST_DATA_BYTES,
  MAX_TEST_FILE_BYTES,
  MAX_TESTDATA_YAML_BYTES,
  MAX_TEXT_FILE_BYTES,
  TIME_LIMIT_RANGE_S,
} from "./packageLimits";
import { parseProblemYaml, type ProblemMetadata } from "./parseProblemYaml";
import { parseTestdataYaml, type TestdataSettings } from "./parseTestdataYaml";
import { ProblemPackageError, shown } from "./ProblemPackageError";
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
  | "customValidation"
  | "validatorFlags"
  | "testlibChecker"
  | "checkerLanguage"
  | "warnings"
  | "timeLimitGiven"
  | "legacyFormat"
> {
  /** The top-level grader_flags that decide a scoring problem's verdict. */
  graderFlags: string[];
  /** Markdown; empty when the package has no Markdown statement. */
  statement: string;
  checker: CheckerConfig;
  /** In judging order; every test belongs to one. */
  groups: PackageGroup[];
  /** In judging order: samples first, then secret tests group by group. */
  tests: PackageTest[];
  /** Kept for verification only; never stored. */
  inputValidators: PackageProgram[];
  /** Example solutions and what each must get: stored for verification (`problem:verify`, the web's). */
  submissions: PackageSubmission[];
  /** What the package says that Arbiter ignores or approximates. */
  warnings: string[];
}

/** Statement files tried in order (legacy problem_statement/, 2023-07 statement/); English wins over unlabelled. */
const STATEMENT_FILES = [
  "problem_statement/problem.en.md",
  "problem_statement/problem.md",
  "statement/problem.en.md",
  "statement/problem.md",
];

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
  const parsed = parseProblemYaml(decodeText(await source.read("problem.yaml", MAX_TEXT_FILE_BYTES), "problem.yaml"));
  const timeLimitMs = parsed.timeLimitGiven ? undefined : await readDomjudgeTimeLimit(source);

  const statementRel = STATEMENT_FILES.find((rel) => source.entries.get(rel)?.kind === "file");
  const statement = statementRel ? decodeText(await source.read(statementRel, MAX_TEXT_FILE_BYTES), statementRel) : "";

  const collected = collectTests(source);
  const settings = await readTestdataSettings(source, ["", ...collected.groups.flatMap((g) => withAncestors(g.name))]);
  const resolved = resolveGroups(collected.groups, settings, parsed.scoring);
  const meta = {
    ...parsed,
    ...(timeLimitMs !== undefined ? { timeLimitMs } : {}),
    validatorFlags: [...parsed.validatorFlags, ...outputValidatorFlags(collected.groups, settings)],
  };

  const budget = new ProgramBudget(source);
  const { checker, warnings: checkerWarnings } = await resolveChecker(source, meta, budget);
  const inputValidators = await readInputValidators(source, budget);
  const { submissions, warnings: submissionWarnings } = await readSubmissions(source, budget, {
    legacy: parsed.legacyFormat,
  });

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
      isSample: t.group === "sample" || t.group.startsWith("sample/"),
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
    timeLimitGiven: _g,
    legacyFormat: _v,
    warnings,
    ...fields
  } = meta;
  const rootFlags = settings.get("")?.graderFlags ?? [];
  return {
    ...fields,
    graderFlags: rootFlags.filter((f) => VERDICT_FLAGS.includes(f)),
    statement,
    checker,
    groups: resolved.groups,
    tests,
    inputValidators,
    submissions,
    warnings: [...warnings, ...collected.warnings, ...resolved.warnings, ...checkerWarnings, ...submissionWarnings],
  };
}

/** Top-level grader flags that decide the verdict (the aggregation flags are per group). */
const VERDICT_FLAGS = ["first_error", "worst_error", "accept_if_any_accepted", "always_accept", "ignore_sample"];

/** "secret/a/b" → ["secret/a/b", "secret/a", "secret"]. */
function withAncestors(name: string): string[] {
  const parts = name.split("/");
  return parts.map((_, i) => parts.slice(0, parts.length - i).join("/"));
}

/**
 * Each group directory's settings, keyed by the directory below data/ ("" for data/
 * itself): test_group.yaml (2023-07) or testdata.yaml (legacy), never both.
 */
async function readTestdataSettings(source: PackageSource, dirs: string[]): Promise<Map<string, TestdataSettings>> {
  const settings = new Map<string, TestdataSettings>();
  for (const dir of new Set(dirs)) {
    const [modern, legacy] = ["test_group.yaml", "testdata.yaml"].map((file) =>
      dir ? `data/${dir}/${file}` : `data/${file}`,
    ) as [string, string];
    const present = [modern, legacy].filter((rel) => source.entries.get(rel)?.kind === "file");
    if (present.length > 1) {
      throw new ProblemPackageError(`${shown(modern)} and ${shown(legacy)} both exist; keep one of them`);
    }
    const [rel] = present;
    if (rel === undefined) continue;
    settings.set(dir, parseTestdataYaml(decodeText(await source.read(rel, MAX_TESTDATA_YAML_BYTES), rel), rel));
  }
  return settings;
}

/**
 * The output validator's arguments from the groups' settings (`output_validator_args`,
 * legacy `output_validator_flags`), inherited like every key. Arbiter applies one set per
 * problem, so groups that ask for different ones are refused rather than judged alike.
 */
function outputValidatorFlags(
  groups: readonly GroupFiles[],
  settings: ReadonlyMap<string, TestdataSettings>,
): string[] {
  const perGroup = groups.map((g) => ({
    name: g.name,
    flags:
      settingsChain(g.name, settings).find((s) => s.outputValidatorFlags !== undefined)?.outputValidatorFlags ?? [],
  }));
  const [first] = perGroup;
  const differing = perGroup.find((g) => g.flags.join(" ") !== first?.flags.join(" "));
  if (first && differing) {
    throw new ProblemPackageError(
      `data/${shown(differing.name)} gives the output validator other arguments than data/${shown(first.name)} ` +
        `("${differing.flags.join(" ").slice(0, 60)}" against "${first.flags.join(" ").slice(0, 60)}"); ` +
        "Arbiter applies one set per problem: give output_validator_args once, in data/",
    );
  }
  return first?.flags ?? [];
}

/**
 * DOMjudge's `.timelimit` file (seconds, as text), used when problem.yaml gives no
 * `limits.time_limit`.
 */
async function readDomjudgeTimeLimit(source: PackageSource): Promise<number | undefined> {
  if (source.entries.get(".timelimit")?.kind !== "file") return undefined;
  const text = decodeText(await source.read(".timelimit", 1024), ".timelimit").trim();
  const seconds = Number(text);
  const { min, max } = TIME_LIMIT_RANGE_S;
  if (text === "" || !Number.isFinite(seconds) || seconds < min || seconds > max) {
    throw new ProblemPackageError(
      `.timelimit must hold a number of seconds between ${min} and ${max} (it says "${text.slice(0, 20)}")`,
    );
  }
  return Math.round(seconds * 1000);
}
