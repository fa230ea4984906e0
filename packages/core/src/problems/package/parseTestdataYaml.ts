import { z } from "zod";
import { splitFlags } from "./parseValidatorFlags";
import { parseYaml } from "./parseYaml";
import { ProblemPackageError, shown } from "./ProblemPackageError";

/** What a group's testdata.yaml says that Arbiter uses. */
export interface TestdataSettings {
  /** Arbiter's `points`: what passing the whole group is worth. */
  points?: number;
  /** Kattis's `accept_score`: what each accepted test is worth. */
  acceptScore?: number;
  /** Kattis's `grader_flags`, split into words ("min", "sum", "ignore_sample", …). */
  graderFlags?: string[];
  /** Kattis's `input_validator_flags`, split into arguments; subgroups without the key inherit it. */
  inputValidatorFlags?: string[];
  /** `arbiter_dependencies` or `dependencies`: groups that must pass first, as written. */
  dependencies: string[];
  /** Keys that change judging elsewhere but that Arbiter ignores, for a warning. */
  ignored: string[];
}

const MAX_POINTS = 1_000_000;

const pointsSchema = z
  .number({ error: "must be a number" })
  .min(0, { error: `must be between 0 and ${MAX_POINTS}` })
  .max(MAX_POINTS, { error: `must be between 0 and ${MAX_POINTS}` });
const namesSchema = z.union([z.string(), z.array(z.string())], { error: "must be a list of group names" });

const testdataSchema = z.looseObject({
  points: pointsSchema.optional(),
  accept_score: pointsSchema.optional(),
  grader_flags: z.string({ error: "must be text" }).optional(),
  // Empty (null) means no flags, overriding a parent group's. A map (flags per validator, from a draft of the
  // 2023-07 format) is left out with a warning rather than failing an import that never runs validators.
  input_validator_flags: z
    .union([z.string(), z.array(z.string()), z.record(z.string(), z.string())], {
      error: "must be text: the arguments given to input validators",
    })
    .nullish(),
  arbiter_dependencies: namesSchema.optional(),
  dependencies: namesSchema.optional(),
});

/** Keys that would make Kattis judge differently; everything else unknown is left alone. */
const IGNORED_KEYS = ["output_validator_flags", "grading"];

/** Parses one testdata.yaml (`rel` is its path in the package, for messages). */
export function parseTestdataYaml(text: string, rel: string): TestdataSettings {
  const data = parseYaml(text, rel) ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new ProblemPackageError(`${shown(rel)} must be a map of keys (points, dependencies, …)`);
  }
  const parsed = testdataSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProblemPackageError(`${shown(rel)}: ${issue?.path.join(".") ?? ""} ${issue?.message ?? "is invalid"}`);
  }
  const yaml = parsed.data;
  if (yaml.arbiter_dependencies !== undefined && yaml.dependencies !== undefined) {
    throw new ProblemPackageError(`${shown(rel)}: give arbiter_dependencies or dependencies, not both`);
  }
  const deps = yaml.arbiter_dependencies ?? yaml.dependencies ?? [];
  const grading = (data as Record<string, unknown>).grading;
  const flags = yaml.input_validator_flags;
  return {
    ...(yaml.points !== undefined ? { points: yaml.points } : {}),
    ...(yaml.accept_score !== undefined ? { acceptScore: yaml.accept_score } : {}),
    ...(yaml.grader_flags !== undefined ? { graderFlags: yaml.grader_flags.split(/\s+/).filter(Boolean) } : {}),
    ...(flags !== undefined && !isFlagMap(flags) ? { inputValidatorFlags: splitFlags(flags ?? undefined) } : {}),
    dependencies: (typeof deps === "string" ? deps.split(/\s+/) : deps).map((d) => d.trim()).filter(Boolean),
    ignored: [
      ...IGNORED_KEYS.filter((key) => key in data && !(key === "grading" && grading === "default")),
      ...(isFlagMap(flags) ? ["input_validator_flags (as a map per validator)"] : []),
    ],
  };
}

/** The draft form `{validator: flags}`, which Arbiter does not read. */
function isFlagMap(
  flags: string | string[] | Record<string, string> | null | undefined,
): flags is Record<string, string> {
  return typeof flags === "object" && flags !== null && !Array.isArray(flags);
}
