import {
  DEFAULT_MEMORY_LIMIT_MB,
  DEFAULT_TIME_LIMIT_MS,
  hiddenTestDisclosureSchema,
  languageIdSchema,
  scoringSchema,
  type HiddenTestDisclosure,
  type LanguageId,
  type ScoringMode,
} from "@arbiter/shared";
import { z } from "zod";
import { MEMORY_LIMIT_RANGE_MB, OUTPUT_LIMIT_RANGE_MB, TIME_LIMIT_RANGE_S } from "./packageLimits";
import { splitFlags } from "./parseValidatorFlags";
import { parseYaml } from "./parseYaml";
import { ProblemPackageError } from "./ProblemPackageError";

export interface ProblemMetadata {
  title: string;
  timeLimitMs: number;
  memoryLimitMb: number;
  scoring: ScoringMode;
  /** `validation: custom …`: the output validator in the package decides. */
  customValidation: boolean;
  /** `validation: custom interactive` or `type: interactive`: the validator is an interactor. */
  interactive: boolean;
  /** `limits.output`: most a program may print per test, in MiB (the format's default is 8). */
  outputLimitMb: number;
  /** Whether problem.yaml gave `limits.time_limit` (else a DOMjudge `.timelimit` file may). */
  timeLimitGiven: boolean;
  /** Most runs per test: `limits.validation_passes` (default 2) for multi-pass problems, else 1. */
  validationPasses: number;
  /** `validator_flags`, split into arguments. */
  validatorFlags: string[];
  /** `arbiter.checker: testlib`: the custom checker follows testlib's conventions, not ICPC's. */
  testlibChecker: boolean;
  /** `arbiter.checker_language`: overrides detection by file extension. */
  checkerLanguage?: LanguageId;
  runAllTests: boolean;
  /** `arbiter.hidden_tests`: what students see of hidden tests; `verdict_only` unless the package opens it up. */
  hiddenTestDisclosure: HiddenTestDisclosure;
  difficulty: number | null;
  tags: string[];
  /** Whether the package follows the legacy format (no problem_format_version, or "legacy"): decides submissions/ defaults. */
  legacyFormat: boolean;
  /** Things the package says that Arbiter ignores; the import goes on. */
  warnings: string[];
}

const MAX_TAGS = 20;
const MAX_TAG_LENGTH = 50;

const titleSchema = z
  .string({ error: "must be text (quote it if it looks like a number)" })
  .trim()
  .min(1, { error: "must not be empty" })
  .max(200, { error: "is too long (at most 200 characters)" })
  .refine((s) => !s.includes("\u0000"), { error: "must not contain NUL characters" });

const wordsSchema = z.union([z.string(), z.array(z.string())], { error: "must be text or a list of texts" });

const { min: minTime, max: maxTime } = TIME_LIMIT_RANGE_S;
const { min: minMemory, max: maxMemory } = MEMORY_LIMIT_RANGE_MB;
const { min: minOutput, max: maxOutput } = OUTPUT_LIMIT_RANGE_MB;
/** The format's default number of passes of a multi-pass problem, and Arbiter's most. */
const DEFAULT_VALIDATION_PASSES = 2;
const MAX_VALIDATION_PASSES = 100;
/** The format's default output limit, in MiB. */
const DEFAULT_OUTPUT_LIMIT_MB = 8;
/** problem_format_version values Arbiter reads: legacy, 2023-07, 2025-09 and the drafts (which keep their layout). */
const KNOWN_VERSIONS = /^(legacy(-icpc)?|2023-07(-draft)?|2025-09(-draft)?|draft)$/;

/** Arbiter's own section: strict, so that a typo is an error rather than silently ignored. */
const arbiterSchema = z.strictObject(
  {
    scoring: z.enum(scoringSchema.options, { error: `must be one of ${scoringSchema.options.join(", ")}` }).optional(),
    run_all_tests: z.boolean({ error: "must be true or false" }).optional(),
    hidden_tests: z
      .enum(hiddenTestDisclosureSchema.options, {
        error: `must be one of ${hiddenTestDisclosureSchema.options.join(", ")}`,
      })
      .optional(),
    difficulty: z
      .number({ error: "must be a whole number from 1 to 5" })
      .int({ error: "must be a whole number from 1 to 5" })
      .min(1, { error: "must be a whole number from 1 to 5" })
      .max(5, { error: "must be a whole number from 1 to 5" })
      .optional(),
    checker: z.literal("testlib", { error: 'must be "testlib" (or left out for ICPC validators)' }).optional(),
    checker_language: z
      .enum(languageIdSchema.options, { error: `must be one of ${languageIdSchema.options.join(", ")}` })
      .optional(),
  },
  { error: "must be a map (scoring, run_all_tests, hidden_tests, difficulty, checker, checker_language)" },
);

// Unknown top-level keys are allowed: real packages carry author, source, license, uuid…
const problemYamlSchema = z.looseObject({
  problem_format_version: z.string({ error: "must be text" }).optional(),
  name: z.union([titleSchema, z.looseObject({ en: titleSchema })], {
    error: "must be text, or a map of languages with an English entry (en: ...)",
  }),
  type: wordsSchema.optional(),
  validation: z.string({ error: 'must be text such as "default" or "custom interactive"' }).optional(),
  validator_flags: wordsSchema.optional(),
  keywords: wordsSchema.optional(),
  tags: wordsSchema.optional(),
  limits: z
    .looseObject({
      time_limit: z
        .number({ error: "must be a number of seconds" })
        .min(minTime, { error: `must be between ${minTime} and ${maxTime} seconds` })
        .max(maxTime, { error: `must be between ${minTime} and ${maxTime} seconds` })
        .optional(),
      memory: z
        .number({ error: "must be a whole number of MiB" })
        .int({ error: "must be a whole number of MiB" })
        .min(minMemory, { error: `must be between ${minMemory} and ${maxMemory} MiB` })
        .max(maxMemory, { error: `must be between ${minMemory} and ${maxMemory} MiB` })
        .optional(),
      validation_passes: z
        .number({ error: "must be a whole number from 2 to 100" })
        .int({ error: "must be a whole number from 2 to 100" })
        .min(2, { error: "must be a whole number from 2 to 100" })
        .max(MAX_VALIDATION_PASSES, { error: "must be a whole number from 2 to 100" })
        .optional(),
      output: z
        .number({ error: "must be a whole number of MiB" })
        .int({ error: "must be a whole number of MiB" })
        .min(minOutput, { error: `must be between ${minOutput} and ${maxOutput} MiB` })
        .max(maxOutput, { error: `must be between ${minOutput} and ${maxOutput} MiB` })
        .optional(),
    })
    .nullish(),
  arbiter: arbiterSchema.nullish(),
});

/** Limits keys that Kattis defines and Arbiter does not apply (its own defaults hold). */
const IGNORED_LIMITS = [
  "time_multiplier",
  "time_multipliers",
  "time_safety_margin",
  "time_resolution",
  "code",
  "compilation_time",
  "compilation_memory",
  "validation_time",
  "validation_memory",
  "validation_output",
];

/** Reads problem.yaml's text. Limits default to @arbiter/shared's; `type` decides scoring unless `arbiter.scoring` does. */
export function parseProblemYaml(text: string): ProblemMetadata {
  const data = parseYaml(text, "problem.yaml");
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ProblemPackageError("problem.yaml must be a map of keys (name, limits, …)");
  }
  const parsed = problemYamlSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new ProblemPackageError(describeIssue(parsed.error));
  const yaml = parsed.data;
  const arbiter = yaml.arbiter ?? {};
  const warnings: string[] = [];

  const version = yaml.problem_format_version;
  if (version !== undefined && !KNOWN_VERSIONS.test(version)) {
    warnings.push(`problem_format_version "${version.slice(0, 40)}": read as 2023-07`);
  }
  const ignoredLimits = IGNORED_LIMITS.filter((key) => yaml.limits?.[key] !== undefined);
  if (ignoredLimits.length > 0) warnings.push(`limits: ${ignoredLimits.join(", ")} ignored (Arbiter uses its own)`);

  const validation = parseValidation(yaml.validation);
  const type = parseType(yaml.type);
  const interactive = validation.interactive || type.interactive;
  const custom = validation.custom || interactive || type.multiPass;
  const multiPass = validation.multiPass || type.multiPass;
  if (multiPass && interactive) throw new ProblemPackageError(INTERACTIVE_MULTI_PASS_REFUSAL);
  if (multiPass && arbiter.checker === "testlib") {
    throw new ProblemPackageError(
      "problem.yaml: multi-pass needs an ICPC output validator; remove arbiter.checker: testlib",
    );
  }
  const passes = yaml.limits?.validation_passes;
  if (passes !== undefined && !multiPass) {
    warnings.push("limits: validation_passes only matters for multi-pass problems: ignored");
  }
  const scoring = arbiter.scoring ?? (type.scoring || validation.score ? "ioi" : "icpc");
  if (arbiter.run_all_tests && scoring !== "icpc") {
    warnings.push(`arbiter.run_all_tests only matters for icpc scoring; ${scoring} always runs every test it needs`);
  }

  return {
    title: typeof yaml.name === "string" ? yaml.name : yaml.name.en,
    timeLimitMs:
      yaml.limits?.time_limit === undefined ? DEFAULT_TIME_LIMIT_MS : Math.round(yaml.limits.time_limit * 1000),
    memoryLimitMb: yaml.limits?.memory ?? DEFAULT_MEMORY_LIMIT_MB,
    outputLimitMb: yaml.limits?.output ?? DEFAULT_OUTPUT_LIMIT_MB,
    timeLimitGiven: yaml.limits?.time_limit !== undefined,
    validationPasses: multiPass ? (passes ?? DEFAULT_VALIDATION_PASSES) : 1,
    scoring,
    customValidation: custom,
    interactive,
    validatorFlags: splitFlags(yaml.validator_flags),
    testlibChecker: arbiter.checker === "testlib",
    ...(arbiter.checker_language ? { checkerLanguage: arbiter.checker_language } : {}),
    runAllTests: arbiter.run_all_tests ?? false,
    hiddenTestDisclosure: arbiter.hidden_tests ?? "verdict_only",
    difficulty: arbiter.difficulty ?? null,
    tags: parseTags([...splitWords(yaml.keywords), ...listWords(yaml.tags)]),
    legacyFormat: version === undefined || version.startsWith("legacy"),
    warnings,
  };
}

const INTERACTIVE_MULTI_PASS_REFUSAL =
  "problem.yaml: interactive multi-pass problems are not supported yet (multi-pass works with a batch output validator); " +
  "Arbiter cannot judge this package as its author meant";

interface Validation {
  custom: boolean;
  interactive: boolean;
  /** `score`: the validator writes score.txt (legacy scoring problems). */
  score: boolean;
  multiPass: boolean;
}

const VALIDATION_OPTIONS = ["interactive", "score", "multi-pass"];

/** Legacy `validation`: "default", or "custom" followed by any of "interactive", "score", "multi-pass". */
function parseValidation(value: string | undefined): Validation {
  const [mode, ...options] = (value ?? "default").trim().split(/\s+/);
  const known =
    (mode === "default" && options.length === 0) ||
    (mode === "custom" &&
      options.every((o) => VALIDATION_OPTIONS.includes(o)) &&
      new Set(options).size === options.length);
  if (!known) {
    throw new ProblemPackageError(
      `problem.yaml: validation "${(value ?? "").slice(0, 60)}" is not valid; ` +
        `use "default", or "custom" followed by any of ${VALIDATION_OPTIONS.join(", ")}`,
    );
  }
  return {
    custom: mode === "custom",
    interactive: options.includes("interactive"),
    score: options.includes("score"),
    multiPass: options.includes("multi-pass"),
  };
}

interface ProblemType {
  scoring: boolean;
  interactive: boolean;
  multiPass: boolean;
}

const TYPES = ["pass-fail", "scoring", "interactive", "multi-pass", "submit-answer"];

/** 2023-07 `type`: one of pass-fail and scoring, with interactive and multi-pass, as text or a list. */
function parseType(value: string | string[] | undefined): ProblemType {
  const words = splitWords(value);
  const unknown = words.find((w) => !TYPES.includes(w));
  if (unknown !== undefined) {
    throw new ProblemPackageError(
      `problem.yaml: type "${unknown.slice(0, 40)}" is not a problem type; use ${TYPES.join(", ")}`,
    );
  }
  if (words.includes("pass-fail") && words.includes("scoring")) {
    throw new ProblemPackageError('problem.yaml: type cannot be both "pass-fail" and "scoring"');
  }
  if (words.includes("submit-answer")) {
    throw new ProblemPackageError(
      "problem.yaml: submit-answer problems (contestants upload answers, not programs) are not supported",
    );
  }
  return {
    scoring: words.includes("scoring"),
    interactive: words.includes("interactive"),
    multiPass: words.includes("multi-pass"),
  };
}

/** `keywords` is space-separated in the spec. */
function splitWords(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === "string" ? value.split(/\s+/) : value.flatMap((v) => v.split(/\s+/));
}

/** `tags` entries may contain spaces ("dynamic programming"); a plain string is split like keywords. */
function listWords(value: string | string[] | undefined): string[] {
  return typeof value === "string" ? splitWords(value) : (value ?? []);
}

function parseTags(words: string[]): string[] {
  const tags = [...new Set(words.map((w) => w.trim()).filter(Boolean))];
  const long = tags.find((t) => t.length > MAX_TAG_LENGTH || t.includes("\u0000"));
  if (long !== undefined) {
    throw new ProblemPackageError(
      `problem.yaml: the tag "${long.slice(0, 20)}…" is too long (at most ${MAX_TAG_LENGTH} characters)`,
    );
  }
  if (tags.length > MAX_TAGS) throw new ProblemPackageError(`problem.yaml: at most ${MAX_TAGS} keywords or tags`);
  return tags;
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const key = issue?.path.join(".") ?? "";
  if (issue?.code === "unrecognized_keys") {
    return `problem.yaml: ${key ? `${key}: ` : ""}unknown key ${issue.keys.map((k) => `"${k.slice(0, 40)}"`).join(", ")}`;
  }
  if (issue && "input" in issue && issue.input === undefined) return `problem.yaml: ${key} is missing`;
  if (issue?.code === "invalid_type" && key === "limits")
    return "problem.yaml: limits must be a map (time_limit, memory)";
  return `problem.yaml: ${key} ${issue?.message ?? "is invalid"}`;
}
