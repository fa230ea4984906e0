import type { RunResult } from "@arbiter/sandbox";
import { clipMessage, internalError, withMessage, type CheckResult } from "./checkResult";
import { checkerRunFailure, type CheckerLimits } from "./checkerLimits";

export const ICPC_EXIT_AC = 42;
export const ICPC_EXIT_WA = 43;

/** What an ICPC validator left in its feedback directory (each file's text, when it wrote one). */
export interface IcpcFeedback {
  judgeMessage?: string | undefined;
  /** judgeerror.txt: why the validator failed, for staff. */
  judgeError?: string | undefined;
  /** score.txt: the test's points in a scoring problem. */
  score?: string | undefined;
}

/**
 * The verdict of an ICPC output validator from how it ended: exit 42 → AC, 43 → WA;
 * any other code (0 included, as the format says), a signal or a limit → IE, with its
 * judgeerror.txt when it wrote one. The message is the validator's judgemessage.txt when
 * it wrote one, else its stderr. An accepting validator's score.txt becomes the test's
 * score; a score.txt that is not a number is the validator's fault (IE).
 */
export function interpretIcpcRun(result: RunResult, limits: CheckerLimits, feedback: IcpcFeedback = {}): CheckResult {
  const said = clipMessage(feedback.judgeMessage) ?? clipMessage(result.stderr.toString("utf8"));
  const failed = clipMessage(feedback.judgeError) ?? said;
  const failure = checkerRunFailure(result, limits);
  if (failure) return internalError(`output validator ${failure}`, failed);
  if (result.exitCode === ICPC_EXIT_WA) return withMessage({ verdict: "WA" }, said);
  if (result.exitCode !== ICPC_EXIT_AC) {
    return internalError(`output validator exited with code ${result.exitCode ?? "?"}, not 42 or 43`, failed);
  }
  if (feedback.score === undefined) return withMessage({ verdict: "AC" }, said);
  const text = feedback.score.trim();
  const score = Number(text);
  if (text === "" || !Number.isFinite(score)) {
    return internalError(`output validator wrote a score.txt that is not a number ("${text.slice(0, 40)}")`, said);
  }
  return withMessage({ verdict: "AC", score }, said);
}
