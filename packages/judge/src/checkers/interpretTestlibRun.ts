import type { RunResult } from "@arbiter/sandbox";
import { clipMessage, internalError, withMessage, type CheckResult } from "./checkResult";
import { checkerRunFailure, type CheckerLimits } from "./checkerLimits";

/**
 * testlib's `quitp(points, message)` prints `points <value> <message>` (stderr) and exits 7.
 * We read the value as the share of the test's points, so it must lie in [0, 1].
 */
const POINTS_LINE = /^points\s+([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(?=\s|$)/m;

/**
 * The verdict of a testlib-convention checker (`checker input output answer`) from how it ended:
 * - 0 → AC; 1 → WA; 2 (presentation error) → WA. Also WA: 4 and 8, the codes testlib
 *   uses for "extra data after the output" and "unexpected end of the output" in some builds.
 * - 7 → partial points, read from the first `points <fraction>` line of stderr (else stdout):
 *   1 is AC, anything in [0, 1) is WA with that `fraction`; no or bad value is IE.
 * - 3 (testlib's `_fail`), any other code, a signal, or exceeding a limit → IE.
 * The message is what the checker printed (stderr, else stdout), for staff.
 */
export function interpretTestlibRun(result: RunResult, limits: CheckerLimits): CheckResult {
  const stderr = result.stderr.toString("utf8");
  const stdout = result.stdout.toString("utf8");
  const said = clipMessage(stderr) ?? clipMessage(stdout);
  const failure = checkerRunFailure(result, limits);
  if (failure) return internalError(`checker ${failure}`, said);
  switch (result.exitCode) {
    case 0:
      return withMessage({ verdict: "AC" }, said);
    case 1:
      return withMessage({ verdict: "WA" }, said);
    case 2:
    case 4:
    case 8:
      return { verdict: "WA", message: `presentation error${said ? `: ${said}` : ""}` };
    case 7:
      return partialPoints(said, POINTS_LINE.exec(stderr) ?? POINTS_LINE.exec(stdout));
    case 3:
      return internalError("checker reported a failure (exit code 3)", said);
    default:
      return internalError(`checker exited with unexpected code ${result.exitCode ?? "?"}`, said);
  }
}

function partialPoints(said: string | undefined, match: RegExpExecArray | null): CheckResult {
  if (!match) return internalError("checker exited with 7 (points) but printed no `points <fraction>` line", said);
  const fraction = Number(match[1]);
  if (!(fraction >= 0 && fraction <= 1))
    return internalError(`checker awarded ${match[1]} points, outside [0, 1]`, said);
  return withMessage({ verdict: fraction === 1 ? "AC" : "WA", fraction }, said);
}
