import type { PackageProgram, PackageTest } from "@arbiter/core";
import { runInputValidator, type JudgeContext } from "@arbiter/judge";
import { planInputValidators } from "./planInputValidators";

/** One test input an input validator did not accept. */
export interface InputProblem {
  /** The input's path in the package, e.g. "data/secret/3.in". */
  test: string;
  /** `invalid`: the validator rejected the input (43); `failed`: the validator itself failed on it. */
  status: "invalid" | "failed";
  /** For `failed`: how the validator failed (a crash, a limit, another exit code). */
  reason?: string;
  /** What the validator printed. */
  message?: string;
}

/** What verification found out with one input validator. */
export type InputValidatorCheck =
  | { rel: string; outcome: "skipped"; why: string }
  | { rel: string; outcome: "not-compiled"; reason: string; output: string }
  | { rel: string; outcome: "ran"; valid: number; total: number; problems: InputProblem[] };

/**
 * Runs each of a package's input validators that Arbiter can run on every test input
 * with its group's `input_validator_flags`, one sandbox per validator, like Kattis's
 * verifyproblem. Reports each validator as it finishes; the others are reported as
 * skipped. Throws SandboxError when a sandbox fails.
 */
export async function validateInputs(
  docker: JudgeContext["docker"],
  validators: readonly PackageProgram[],
  tests: readonly PackageTest[],
  onCheck?: (check: InputValidatorCheck) => void,
): Promise<InputValidatorCheck[]> {
  const inputs = tests.map((t) => ({ name: `data/${t.name}.in`, input: t.input, flags: t.inputValidatorFlags }));
  const checks: InputValidatorCheck[] = [];
  for (const planned of planInputValidators(validators)) {
    let check: InputValidatorCheck;
    if ("skipped" in planned) check = { rel: planned.rel, outcome: "skipped", why: planned.skipped };
    else {
      const report = await runInputValidator(docker, planned.program, inputs, { workerId: "verify" });
      if (!report.compiled) {
        check = { rel: planned.rel, outcome: "not-compiled", reason: report.reason, output: report.output };
      } else {
        const problems = report.results.flatMap(({ name, validation }): InputProblem[] =>
          validation.status === "valid" ? [] : [{ test: name, ...validation }],
        );
        check = {
          rel: planned.rel,
          outcome: "ran",
          valid: inputs.length - problems.length,
          total: inputs.length,
          problems,
        };
      }
    }
    onCheck?.(check);
    checks.push(check);
  }
  return checks;
}
