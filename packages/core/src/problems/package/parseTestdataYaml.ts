import { z } from "zod";
import { splitFlags } from "./parseValidatorFlags";
import { parseYaml } from "./parseYaml";
import { ProblemPackageError, shown } from "./ProblemPackageError";

/** What a group's testdata.yaml (legacy) or test_group.yaml (2023-07) says that Arbiter uses. */
export interface TestdataSettings {
  /** Arbiter's `points`: what passing the whole group is worth. */
  points?: number;
  /** Kattis's `accept_score`: what each accepted test is worth. */
  acceptScore?: number;
  /** Kattis's `grader_flags`, split into words ("min", "sum", "ignore_sample", …). */
  graderFlags?: string[];
  /** Kattis's `on_reject`: stop the group at its first rejected test ("break", the default) or go on. */
  onReject?: "break" | "continue";
  /** Kattis's `input_validator_flags`, split into arguments; subgroups without the key inherit it. */
  inputValidatorFlags?: string[];
  /** `output_validator_flags` (legacy) or `output_validator_args` (2023-07): the output validator's arguments. */
  outputValidatorFlags?: string[];
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
const argsSchema = z.union([z.string(), z.array(z.string())], { error: "must be text or a list of arguments" });

const testdataSchema = z.looseObject({
  points: pointsSchema.optional(),
  accept_score: pointsSchema.optional(),
  reject_score: z.number({ error: "must be a number" }).optional(),
  grader_flags: z.string({ error: "must be text" }).nullish(),
  on_reject: z.enum(["break", "continue"], { error: 'must be "break" or "continue"' }).optional(),
  grading: z.string({ error: 'must be "default"' }).optional(),
  // Empty (null) means no flags, overriding a parent group's. A map (flags per validator, from a draft of the
  // 2023-07 format) is left out with a warning rather than failing an import that never runs validators.
  input_validator_flags: z
    .union([z.string(), z.array(z.string()), z.record(z.string(), z.string())], {
      error: "must be text: the arguments given to input validators",
    })
    .nullish(),
  input_validator_args: z.union([argsSchema, z.record(z.string(), argsSchema)]).nullish(),
  output_validator_flags: argsSchema.nullish(),
  output_validator_args: argsSchema.nullish(),
  arbiter_dependencies: namesSchema.optional(),
  dependencies: namesSchema.optional(),
});

/**
 * Parses one testdata.yaml or test_group.yaml (`rel` is its path in the package, for
 * messages). What Arbiter cannot honour is refused, naming the key, rather than judged
 * differently from what the author wrote.
 */
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
  if (yaml.grading !== undefined && yaml.grading !== "default") {
    throw new ProblemPackageError(
      `${shown(rel)}: grading "${yaml.grading.slice(0, 40)}" is not supported (custom graders); use the default grader and grader_flags`,
    );
  }
  if (yaml.reject_score !== undefined && yaml.reject_score !== 0) {
    throw new ProblemPackageError(`${shown(rel)}: reject_score other than 0 is not supported; remove it`);
  }
  if (yaml.output_validator_flags != null && yaml.output_validator_args != null) {
    throw new ProblemPackageError(`${shown(rel)}: give output_validator_args or output_validator_flags, not both`);
  }
  const deps = yaml.arbiter_dependencies ?? yaml.dependencies ?? [];
  const flags = yaml.input_validator_flags;
  const inputArgs = yaml.input_validator_args;
  const outputFlags =
    yaml.output_validator_args !== undefined ? yaml.output_validator_args : yaml.output_validator_flags;
  const inputFlags =
    flags !== undefined && !isFlagMap(flags)
      ? splitFlags(flags ?? undefined)
      : inputArgs !== undefined && !isFlagMap(inputArgs)
        ? splitFlags(inputArgs ?? undefined)
        : undefined;
  return {
    ...(yaml.points !== undefined ? { points: yaml.points } : {}),
    ...(yaml.accept_score !== undefined ? { acceptScore: yaml.accept_score } : {}),
    ...(yaml.grader_flags !== undefined ? { graderFlags: (yaml.grader_flags ?? "").split(/\s+/).filter(Boolean) } : {}),
    ...(yaml.on_reject !== undefined ? { onReject: yaml.on_reject } : {}),
    ...(inputFlags !== undefined ? { inputValidatorFlags: inputFlags } : {}),
    ...(outputFlags !== undefined ? { outputValidatorFlags: splitFlags(outputFlags ?? undefined) } : {}),
    dependencies: (typeof deps === "string" ? deps.split(/\s+/) : deps).map((d) => d.trim()).filter(Boolean),
    ignored: [
      ...(isFlagMap(flags) || isFlagMap(inputArgs) ? ["input_validator_flags (as a map per validator)"] : []),
      ...("range" in data ? ["range"] : []),
    ],
  };
}

/** The draft form `{validator: flags}`, which Arbiter does not read. */
function isFlagMap<T>(flags: T): flags is Extract<T, Record<string, unknown>> {
  return typeof flags === "object" && flags !== null && !Array.isArray(flags);
}
