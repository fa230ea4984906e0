import type { RunResult } from "@arbiter/sandbox";

const MIB = 1024 * 1024;

/** Limits of one checker run unless the caller says otherwise: generous, a checker is trusted but may be slow. */
export const CHECKER_DEFAULT_TIME_LIMIT_MS = 10_000;
export const CHECKER_DEFAULT_MEMORY_LIMIT_BYTES = 512 * MIB;
/** Checker stdout and stderr kept (each); a checker printing more is stopped and the test is IE. */
export const CHECKER_OUTPUT_LIMIT_BYTES = MIB;

export interface CheckerLimits {
  cpuLimitMs: number;
  /** Twice the CPU limit: only a checker that sleeps or blocks hits it. */
  wallLimitMs: number;
  memoryLimitBytes: number;
}

export function checkerLimits(options: {
  timeLimitMs?: number | undefined;
  memoryLimitBytes?: number | undefined;
}): CheckerLimits {
  const cpuLimitMs = options.timeLimitMs ?? CHECKER_DEFAULT_TIME_LIMIT_MS;
  return {
    cpuLimitMs,
    wallLimitMs: cpuLimitMs * 2,
    memoryLimitBytes: options.memoryLimitBytes ?? CHECKER_DEFAULT_MEMORY_LIMIT_BYTES,
  };
}

/**
 * Why a checker run did not end on its own with an exit code, or null when it did.
 * Limits come before a signal: a timeout or OOM kill also looks like a signal.
 */
export function checkerRunFailure(result: RunResult, limits: CheckerLimits): string | null {
  if (result.status === "setup") return `could not start (errno ${result.exitCode ?? "?"})`;
  if (result.status === "cpu" || result.cpuTimeUs > limits.cpuLimitMs * 1000) {
    return `exceeded its CPU time limit of ${limits.cpuLimitMs} ms`;
  }
  if (result.status === "wall") return `exceeded its wall time limit of ${limits.wallLimitMs} ms`;
  if (result.oomKilled || result.memoryKb * 1024 > limits.memoryLimitBytes) {
    return `exceeded its memory limit of ${Math.round(limits.memoryLimitBytes / MIB)} MiB`;
  }
  if (result.status === "output") return `printed more than ${CHECKER_OUTPUT_LIMIT_BYTES} bytes`;
  if (result.status === "signaled") return `was killed by signal ${result.signal ?? "?"}`;
  return null;
}
