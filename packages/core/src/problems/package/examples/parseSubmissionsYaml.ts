import { TEST_OUTCOME_CODES, isLanguageId, type ExampleRule, type LanguageId } from "@arbiter/shared";
import { z } from "zod";
import { parseYaml } from "../parseYaml";
import { ProblemPackageError } from "../ProblemPackageError";
import { expandBraces } from "./matchPathGlob";

const REL = "submissions/submissions.yaml";

/** One entry of submissions.yaml: the submissions its glob matches must meet its rules. */
export interface SubmissionsYamlEntry {
  /** Glob over paths below submissions/ ("accepted", "accepted/*", "wrong_answer/{a,b}.py"). */
  glob: string;
  language?: LanguageId;
  entrypoint?: string;
  /** Its requirements: one for the whole entry (if it states any), then one per test-group key. */
  rules: ExampleRule[];
  /** `use_for_time_limit`, when the entry gives it. */
  useForTimeLimit?: boolean | "lower" | "upper";
}

const CODES_ERROR = `must be a list of ${TEST_OUTCOME_CODES.slice(0, -1).join(", ")} and ${TEST_OUTCOME_CODES.at(-1)}`;
const codes = z.array(z.enum(TEST_OUTCOME_CODES, { error: CODES_ERROR }), { error: CODES_ERROR });
const scoreSchema = z.union([z.number(), z.tuple([z.number(), z.number()])], {
  error: "must be a number or a list of two numbers",
});
const useSchema = z.union([z.boolean(), z.enum(["lower", "upper"])], { error: "must be true, false, lower or upper" });

const requirementSchema = z.object({
  permitted: codes.optional(),
  required: codes.optional(),
  score: scoreSchema.optional(),
  message: z.string({ error: "must be text" }).optional(),
  use_for_time_limit: useSchema.optional(),
});

/** Keys of an entry that describe the submission rather than a requirement. */
const SUBMISSION_KEYS = ["language", "entrypoint", "authors", "model_solution"];
const REQUIREMENT_KEYS = Object.keys(requirementSchema.shape);

/**
 * Reads submissions/submissions.yaml (problem package format 2023-07 and later): a map
 * from submission globs to their language, entry point and requirements, with test
 * groups' requirements as nested maps under a test glob. Throws `ProblemPackageError`
 * naming the key for anything it cannot read.
 */
export function parseSubmissionsYaml(text: string): SubmissionsYamlEntry[] {
  const data = parseYaml(text, REL);
  if (data === null) return [];
  if (!isMap(data)) throw new ProblemPackageError(`${REL} must be a map from submission globs to their settings`);
  return Object.entries(data).map(([glob, value]) => parseEntry(glob, value));
}

function parseEntry(glob: string, value: unknown): SubmissionsYamlEntry {
  const where = `${REL}: ${glob.slice(0, 80)}`;
  if (!isMap(value)) throw new ProblemPackageError(`${where} must be a map (permitted, required, score, …)`);
  if (glob.trim() === "" || expandBraces(glob) === undefined) {
    throw new ProblemPackageError(`${where}: not a usable glob (empty, or too many {…} alternatives)`);
  }
  const entry: SubmissionsYamlEntry = { glob, rules: [] };
  const own: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === "language") {
      if (typeof field !== "string" || !isLanguageId(field)) {
        throw new ProblemPackageError(
          `${where}: language ${JSON.stringify(field)?.slice(0, 30)} is not one Arbiter runs`,
        );
      }
      entry.language = field;
    } else if (key === "entrypoint") {
      if (typeof field !== "string") throw new ProblemPackageError(`${where}: entrypoint must be text`);
      entry.entrypoint = field;
    } else if (SUBMISSION_KEYS.includes(key)) {
      continue; // authors and model_solution say nothing about judging
    } else if (REQUIREMENT_KEYS.includes(key)) {
      own[key] = field;
    } else if (isMap(field)) {
      entry.rules.push(requirementRule(`${where} → ${key.slice(0, 80)}`, field, key));
    } else {
      throw new ProblemPackageError(
        `${where}: unknown key "${key.slice(0, 40)}" (use ${[...SUBMISSION_KEYS, ...REQUIREMENT_KEYS].join(", ")}, or a test group's name with a map of requirements)`,
      );
    }
  }
  const ownRule = requirementRule(where, own);
  if (Object.keys(own).some((k) => k !== "use_for_time_limit")) entry.rules.unshift(ownRule);
  const use = own.use_for_time_limit as SubmissionsYamlEntry["useForTimeLimit"];
  if (use !== undefined) entry.useForTimeLimit = use;
  return entry;
}

function requirementRule(where: string, value: Record<string, unknown>, tests?: string): ExampleRule {
  const parsed = requirementSchema.strict().safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.filter((p) => typeof p === "string").join(".") ?? "";
    const unknown = issue?.code === "unrecognized_keys" ? `unknown key ${issue.keys.join(", ")}` : issue?.message;
    throw new ProblemPackageError(`${where}${key ? `: ${key}` : ""}: ${unknown ?? "is not valid"}`);
  }
  const { permitted, required, score, message } = parsed.data;
  if (tests !== undefined && expandBraces(tests) === undefined) {
    throw new ProblemPackageError(`${where}: not a usable test glob (too many {…} alternatives)`);
  }
  return {
    origin: where.replace(/^submissions\//, ""),
    ...(tests !== undefined ? { tests } : {}),
    ...(permitted ? { permitted } : {}),
    ...(required ? { required } : {}),
    ...(score !== undefined ? { score: typeof score === "number" ? [score, score] : score } : {}),
    ...(message !== undefined ? { message } : {}),
  };
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
