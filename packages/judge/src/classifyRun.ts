import type { Verdict } from "@arbiter/shared";
import type { RunResult } from "@arbiter/sandbox";

export interface TestLimits {
  cpuLimitMs: number;
  memoryLimitBytes: number;
  memoryErrorPattern?: string | undefined;
}

/**
 * The verdict a run earns before its output is checked, or null when it ended cleanly
 * and the checker must decide. Order follows the precedence in @arbiter/shared:
 * a limit explains a crash (an OOM or timeout kill looks like a signal), so limits
 * are tested before RE.
 */
export function classifyRun(result: RunResult, limits: TestLimits): Verdict | null {
  if (result.status === "setup") return "IE";
  if (result.status === "cpu" || result.status === "wall") return "TLE";
  if (result.cpuTimeUs > limits.cpuLimitMs * 1000) return "TLE";
  if (result.oomKilled || result.memoryKb * 1024 > limits.memoryLimitBytes) return "MLE";
  if (result.status === "output" || result.stdoutTruncated) return "OLE";
  if (result.status === "signaled" || (result.exitCode ?? 0) !== 0) {
    const pattern = limits.memoryErrorPattern;
    return pattern && result.stderr.toString("utf8").includes(pattern) ? "MLE" : "RE";
  }
  return null;
}
