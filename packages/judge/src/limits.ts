/** Limits of the compile step, whatever the problem says. */
export const COMPILE_LIMITS = {
  cpuLimitMs: 15_000,
  wallLimitMs: 30_000,
  memoryLimitBytes: 1024 * 1024 * 1024,
  /** Compiler stdout+stderr read from the sandbox; more is cut (and shown as cut). */
  outputLimitBytes: 256 * 1024,
  fileSizeLimitBytes: 256 * 1024 * 1024,
} as const;

/**
 * Wall limit of a test from its time limit: the limit plus DOMjudge's default overshoot
 * ("1s|10%", the larger of one second and a tenth), so a program that sleeps or blocks
 * past the limit is TLE as the format's judges rule, while start-up jitter on a busy
 * machine is not. The run is stopped there, and a stopped run is TLE.
 */
export function wallLimitFor(timeLimitMs: number): number {
  return timeLimitMs + Math.max(1000, Math.ceil(timeLimitMs / 10));
}

/** Program stderr kept per test (for logs only; never shown for hidden tests). */
export const STDERR_LIMIT_BYTES = 64 * 1024;
/** Program output kept for sample tests, for the student's diff. */
export const SAMPLE_OUTPUT_KEPT_BYTES = 64 * 1024;
