import type { ExampleRule } from "@arbiter/shared";

type DirectoryRule = Omit<ExampleRule, "origin">;

/** The 2023-07 format's (and 2025-09's) requirements of the submissions/ directories. */
const MODERN: Record<string, DirectoryRule> = {
  accepted: { permitted: ["AC"] },
  rejected: { required: ["RTE", "TLE", "WA"] },
  wrong_answer: { permitted: ["AC", "WA"], required: ["WA"] },
  time_limit_exceeded: { permitted: ["AC", "TLE"], required: ["TLE"] },
  run_time_error: { permitted: ["AC", "RTE"], required: ["RTE"] },
  brute_force: { permitted: ["AC", "RTE", "TLE"], required: ["RTE", "TLE"] },
};

/**
 * The legacy format's directories, as problemtools checks them: a time_limit_exceeded
 * program may also give wrong answers, a run_time_error one anything, and a
 * partially_accepted one must end accepted (with less than the full score).
 */
const LEGACY: Record<string, DirectoryRule> = {
  accepted: { permitted: ["AC"] },
  partially_accepted: { verdicts: ["AC"] },
  wrong_answer: { permitted: ["AC", "WA"], required: ["WA"] },
  time_limit_exceeded: { permitted: ["AC", "WA", "TLE"], required: ["TLE"] },
  run_time_error: { required: ["RTE"] },
};

/** The default rule of a submissions/ directory, or undefined for a directory the format does not name. */
export function defaultDirectoryRule(directory: string, legacy: boolean): ExampleRule | undefined {
  const table = legacy ? LEGACY : MODERN;
  const rule = Object.hasOwn(table, directory) ? table[directory] : undefined;
  return rule ? { origin: `${directory}/ (the format's default)`, ...rule } : undefined;
}

/** Directory names that have a default rule, for messages. */
export function defaultDirectories(legacy: boolean): string[] {
  return Object.keys(legacy ? LEGACY : MODERN);
}
