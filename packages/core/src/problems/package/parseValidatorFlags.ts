import type { DefaultCheckerConfig } from "@arbiter/shared";
import { ProblemPackageError } from "./ProblemPackageError";

const TOLERANCE_FLAGS = ["float_tolerance", "float_absolute_tolerance", "float_relative_tolerance"] as const;
type ToleranceFlag = (typeof TOLERANCE_FLAGS)[number];

/**
 * Turns `validator_flags` for the ICPC default output validator into Arbiter's
 * default checker configuration. Like Kattis's validator, comparison is
 * case-insensitive and whitespace-insensitive unless `case_sensitive` or
 * `space_change_sensitive` is given; `float_tolerance ε` sets both tolerances, and
 * a later flag overrides an earlier one. Unknown flags are errors: the default
 * validator would fail on them at judging time.
 */
export function parseValidatorFlags(flags: readonly string[]): DefaultCheckerConfig {
  const config: DefaultCheckerConfig = { kind: "default", caseSensitive: false, spaceChangeSensitive: false };
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i] ?? "";
    if (flag === "case_sensitive") config.caseSensitive = true;
    else if (flag === "space_change_sensitive") config.spaceChangeSensitive = true;
    else if (isToleranceFlag(flag)) {
      const tolerance = parseTolerance(flag, flags[++i]);
      if (flag !== "float_relative_tolerance") config.floatAbsoluteTolerance = tolerance;
      if (flag !== "float_absolute_tolerance") config.floatRelativeTolerance = tolerance;
    } else {
      throw new ProblemPackageError(
        `problem.yaml: validator_flags has the unknown flag "${flag.slice(0, 50)}" ` +
          `(the default validator knows case_sensitive, space_change_sensitive, ${TOLERANCE_FLAGS.join(" ε, ")} ε)`,
      );
    }
  }
  return config;
}

/** `validator_flags` is a space-separated string in the spec; a list of strings is accepted too. */
export function splitFlags(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === "string" ? value.split(/\s+/) : value.flatMap((v) => v.split(/\s+/))).filter(Boolean);
}

function isToleranceFlag(flag: string): flag is ToleranceFlag {
  return (TOLERANCE_FLAGS as readonly string[]).includes(flag);
}

function parseTolerance(flag: ToleranceFlag, value: string | undefined): number {
  // Number("") is 0 and Number("0x10") is 16: require a plain decimal or exponent form.
  const tolerance = value !== undefined && /^[+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(tolerance)) {
    throw new ProblemPackageError(
      `problem.yaml: validator_flags: ${flag} needs a non-negative number after it (e.g. ${flag} 1e-6)`,
    );
  }
  return tolerance;
}
