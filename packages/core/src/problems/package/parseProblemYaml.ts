import { DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIME_LIMIT_MS } from "@arbiter/shared";
import { parseDocument } from "yaml";
import { z } from "zod";
import { MEMORY_LIMIT_RANGE_MB, TIME_LIMIT_RANGE_S } from "./packageLimits";
import { ProblemPackageError } from "./ProblemPackageError";

export interface ProblemMetadata {
  title: string;
  timeLimitMs: number;
  memoryLimitMb: number;
}

/** Aliases are legitimate YAML but a "billion laughs" needs many; real metadata needs few. */
const MAX_ALIAS_COUNT = 50;

const titleSchema = z
  .string({ error: "must be text (quote it if it looks like a number)" })
  .trim()
  .min(1, { error: "must not be empty" })
  .max(200, { error: "is too long (at most 200 characters)" })
  .refine((s) => !s.includes("\u0000"), { error: "must not contain NUL characters" });

const { min: minTime, max: maxTime } = TIME_LIMIT_RANGE_S;
const { min: minMemory, max: maxMemory } = MEMORY_LIMIT_RANGE_MB;

// Unknown keys are allowed: real packages carry author, source, license, validation…
const problemYamlSchema = z.looseObject({
  name: z.union([titleSchema, z.looseObject({ en: titleSchema })], {
    error: "must be text, or a map of languages with an English entry (en: ...)",
  }),
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
    })
    .nullish(),
});

/** Reads the title and limits from problem.yaml's text; limits default to @arbiter/shared's. */
export function parseProblemYaml(text: string): ProblemMetadata {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const syntaxError = doc.errors[0];
  if (syntaxError) throw new ProblemPackageError(`problem.yaml is not valid YAML: ${firstLine(syntaxError.message)}`);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new ProblemPackageError(
      `problem.yaml is not valid YAML: ${firstLine(error instanceof Error ? error.message : "")}`,
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ProblemPackageError("problem.yaml must be a map of keys (name, limits, …)");
  }

  const parsed = problemYamlSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new ProblemPackageError(describeIssue(parsed.error));
  const { name, limits } = parsed.data;
  return {
    title: typeof name === "string" ? name : name.en,
    timeLimitMs: limits?.time_limit === undefined ? DEFAULT_TIME_LIMIT_MS : Math.round(limits.time_limit * 1000),
    memoryLimitMb: limits?.memory ?? DEFAULT_MEMORY_LIMIT_MB,
  };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const key = issue?.path.join(".") ?? "";
  if (issue && "input" in issue && issue.input === undefined) return `problem.yaml: ${key} is missing`;
  if (issue?.code === "invalid_type" && key === "limits")
    return "problem.yaml: limits must be a map (time_limit, memory)";
  return `problem.yaml: ${key} ${issue?.message ?? "is invalid"}`;
}

function firstLine(message: string): string {
  // prettyErrors ends the first line with ":" before a code excerpt we do not show.
  return message.split("\n")[0]?.trim().replace(/:$/, "") || "unreadable";
}
