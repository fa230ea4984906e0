import type { RunResult } from "@arbiter/sandbox";
import { clipMessage } from "../checkers/checkResult";
import { checkerRunFailure, type CheckerLimits } from "../checkers/checkerLimits";
import { ICPC_EXIT_AC, ICPC_EXIT_WA } from "../checkers/interpretIcpcRun";

/**
 * What an input validator decided about one test input: valid (exit 42), invalid
 * (exit 43), or `failed`: any other exit code, a signal or a limit, which says nothing
 * about the input and is the validator's own fault. `message` is what the validator
 * printed (its stderr, else its stdout), for the problem's author.
 */
export type InputValidation =
  | { status: "valid"; message?: string }
  | { status: "invalid"; message?: string }
  | { status: "failed"; reason: string; message?: string };

/** Reads a validator run by the Kattis input-validator contract (the ICPC exit codes). */
export function interpretValidatorRun(result: RunResult, limits: CheckerLimits): InputValidation {
  const said = clipMessage(result.stderr.toString("utf8")) ?? clipMessage(result.stdout.toString("utf8"));
  const message = said === undefined ? {} : { message: said };
  const failure = checkerRunFailure(result, limits);
  if (failure) return { status: "failed", reason: failure, ...message };
  if (result.exitCode === ICPC_EXIT_AC) return { status: "valid", ...message };
  if (result.exitCode === ICPC_EXIT_WA) return { status: "invalid", ...message };
  return { status: "failed", reason: `exited with code ${result.exitCode ?? "?"}, not 42 or 43`, ...message };
}
