/** Limits of the compile step, whatever the problem says. */
export const COMPILE_LIMITS = {
  cpuLimitMs: 15_000,
  wallLimitMs: 30_000,
  memoryLimitBytes: 1024 * 1024 * 1024,
  /** Compiler stdout+stderr read from the sandbox; more is cut (and shown as cut). */
  outputLimitBytes: 256 * 1024,
  fileSizeLimitBytes: 256 * 1024 * 1024,
} as const;

/** Wall limit of a test from its CPU limit: generous, so only sleeping or blocking trips it. */
export function wallLimitFor(cpuLimitMs: number): number {
  return cpuLimitMs * 2 + 1000;
}

/** Program stderr kept per test (for logs only; never shown for hidden tests). */
export const STDERR_LIMIT_BYTES = 64 * 1024;
/** Program output kept for sample tests, for the student's diff. */
export const SAMPLE_OUTPUT_KEPT_BYTES = 64 * 1024;
