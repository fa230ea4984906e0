import type { RunResult } from "@arbiter/sandbox";
import { clipMessage, internalError, withMessage, type CheckResult } from "./checkResult";
import { checkerRunFailure, type CheckerLimits } from "./checkerLimits";

export const ICPC_EXIT_AC = 42;
export const ICPC_EXIT_WA = 43;

/**
 * The verdict of an ICPC output validator from how it ended: exit 42 → AC, 43 → WA;
 * any other code (0 included, as the format says), a signal or a limit → IE.
 * The message is the validator's judgemessage.txt when it wrote one, else its stderr.
 */
export function interpretIcpcRun(
  result: RunResult,
  limits: CheckerLimits,
  judgeMessage: string | undefined,
): CheckResult {
  const said = clipMessage(judgeMessage) ?? clipMessage(result.stderr.toString("utf8"));
  const failure = checkerRunFailure(result, limits);
  if (failure) return internalError(`output validator ${failure}`, said);
  if (result.exitCode === ICPC_EXIT_AC) return withMessage({ verdict: "AC" }, said);
  if (result.exitCode === ICPC_EXIT_WA) return withMessage({ verdict: "WA" }, said);
  return internalError(`output validator exited with code ${result.exitCode ?? "?"}, not 42 or 43`, said);
}
