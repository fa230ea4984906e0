import {
  LANGUAGES,
  sourceFileFor,
  type CheckerConfig,
  type HiddenTestDisclosure,
  type LanguageId,
  type ScoringMode,
} from "@arbiter/shared";
import { stringify } from "yaml";
import { extensionFor } from "../package/programLanguage";

export interface ProblemYamlFields {
  title: string;
  timeLimitMs: number;
  memoryLimitMb: number;
  outputLimitMb: number;
  validationPasses: number;
  scoring: ScoringMode;
  checker: CheckerConfig;
  interactive: boolean;
  runAllTests: boolean;
  hiddenTestDisclosure: HiddenTestDisclosure;
  tags: string[];
  difficulty: number | null;
}

/** Where a custom checker goes in the package, by its kind. */
export function checkerFileRel(checker: Exclude<CheckerConfig, { kind: "default" }>, interactive: boolean): string {
  const name = checker.kind === "testlib" ? "checker" : interactive ? "interactor" : "validator";
  // A language whose file name follows the code (Java: its public class) keeps that name.
  const language = LANGUAGES[checker.language];
  const file = language.sourceFileFromSource
    ? sourceFileFor(language, checker.source)
    : `${name}${extensionFor(checker.language)}`;
  return `output_validators/${name}/${file}`;
}

/**
 * problem.yaml for an exported problem: the Kattis keys (name, type, limits,
 * validation, validator_flags, keywords) plus Arbiter's section, written out in
 * full so that importing it back gives the same problem.
 */
export function renderProblemYaml(problem: ProblemYamlFields): string {
  const { checker } = problem;
  const custom = checker.kind !== "default";
  const multiPass = problem.validationPasses > 1;
  const arbiter: Record<string, unknown> = { scoring: problem.scoring };
  if (problem.runAllTests) arbiter.run_all_tests = true;
  if (problem.hiddenTestDisclosure !== "verdict_only") arbiter.hidden_tests = problem.hiddenTestDisclosure;
  if (problem.difficulty !== null) arbiter.difficulty = problem.difficulty;
  if (checker.kind === "testlib") arbiter.checker = "testlib";
  if (custom) arbiter.checker_language = checker.language satisfies LanguageId;

  const flags =
    checker.kind === "default" ? defaultValidatorFlags(checker) : checker.kind === "icpc" ? checker.flags : [];
  const yaml: Record<string, unknown> = {
    name: problem.title,
    type: problem.scoring === "ioi" ? "scoring" : "pass-fail",
    validation: !custom
      ? "default"
      : ["custom", ...(problem.interactive ? ["interactive"] : []), ...(multiPass ? ["multi-pass"] : [])].join(" "),
    ...(flags.length > 0 ? { validator_flags: flags.join(" ") } : {}),
    ...tagFields(problem.tags),
    limits: {
      time_limit: problem.timeLimitMs / 1000,
      memory: problem.memoryLimitMb,
      output: problem.outputLimitMb,
      ...(multiPass ? { validation_passes: problem.validationPasses } : {}),
    },
    arbiter,
  };
  return `# Exported by Arbiter (Kattis problem package format, legacy).\n${stringify(yaml, { lineWidth: 0 })}`;
}

/** The default checker's settings as the ICPC default validator's flags. */
function defaultValidatorFlags(checker: Extract<CheckerConfig, { kind: "default" }>): string[] {
  const flags: string[] = [];
  if (checker.caseSensitive) flags.push("case_sensitive");
  if (checker.spaceChangeSensitive) flags.push("space_change_sensitive");
  const abs = checker.floatAbsoluteTolerance;
  const rel = checker.floatRelativeTolerance;
  if (abs !== undefined && abs === rel) flags.push("float_tolerance", String(abs));
  else {
    if (abs !== undefined) flags.push("float_absolute_tolerance", String(abs));
    if (rel !== undefined) flags.push("float_relative_tolerance", String(rel));
  }
  return flags;
}

/** Kattis's `keywords` is space-separated, so tags with spaces go in a `tags` list instead. */
function tagFields(tags: string[]): Record<string, unknown> {
  if (tags.length === 0) return {};
  return tags.some((t) => /\s/.test(t)) ? { tags } : { keywords: tags.join(" ") };
}
