import type { Verdict } from "@arbiter/shared";
import type { InteractResult } from "@arbiter/sandbox";

/** ICPC output validator exit codes. */
export const VALIDATOR_ACCEPT = 42;
export const VALIDATOR_REJECT = 43;
/** A write to a pipe nobody reads: the program wrote on after the interactor had gone. */
const SIGPIPE = 13;

/**
 * The verdict of an interactive test, by the rules Kattis' problemtools applies: an
 * interactor that rejects BEFORE the program ends wins over whatever the program did
 * next (a program cut off by a rejecting interactor often crashes or hangs); otherwise
 * the program's own fate comes first — TLE, MLE, then RE (a crash makes the interactor
 * read end-of-input and reject) — and only then the interactor's verdict. A program
 * killed by SIGPIPE could only have been writing to an interactor that had already
 * ended, so a rejection wins over it whichever exit the supervisor saw first. An
 * interactor that fails in any other way is the judge's fault (IE).
 */
export function classifyInteraction(
  result: InteractResult,
  limits: { cpuLimitMs: number; memoryLimitBytes: number },
): Verdict {
  const { solution, judge } = result;
  if (judge.status === "setup" || solution.status === "setup") return "IE";
  const judgeRejected = judge.status === "exited" && judge.exitCode === VALIDATOR_REJECT;
  const brokenPipe = solution.status === "signaled" && solution.signal === SIGPIPE;
  if (judgeRejected && (result.first === "interactor" || brokenPipe)) return "WA";
  if (solution.status === "cpu" || solution.status === "wall" || solution.cpuTimeUs > limits.cpuLimitMs * 1000)
    return "TLE";
  if (result.oomKilled || solution.memoryKb * 1024 > limits.memoryLimitBytes) return "MLE";
  const crashed = solution.status === "signaled" || (solution.exitCode ?? 0) !== 0;
  if (judgeRejected) return crashed && result.first === "solution" ? "RE" : "WA";
  if (judge.status !== "exited" || judge.exitCode !== VALIDATOR_ACCEPT) return "IE";
  return crashed ? "RE" : "AC";
}
