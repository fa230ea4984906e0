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
 * Fixed part of the wall overshoot, in ms. DOMjudge's default is 1 s ("1s|10%") on
 * judgehosts pinned to their own cores; Arbiter's wall time also holds the sandbox's
 * process start, and its machines may be shared (a load of 5 on 2 cores has been seen
 * in CI), where a 1 s margin turned a 0.3 s program into TLE. 2 s keeps the verdict on
 * the program.
 */
const WALL_OVERSHOOT_MS = 2000;

/**
 * Wall limit of a test from its time limit: the limit plus an overshoot (the larger of
 * WALL_OVERSHOOT_MS and a tenth, as DOMjudge's "Xs|10%"), so a program that sleeps or
 * blocks past the limit is TLE as the format's judges rule. The run is stopped there,
 * and a stopped run is TLE.
 */
export function wallLimitFor(timeLimitMs: number): number {
  return timeLimitMs + Math.max(WALL_OVERSHOOT_MS, Math.ceil(timeLimitMs / 10));
}

/** Program stderr kept per test (for logs only; never shown for hidden tests). */
export const STDERR_LIMIT_BYTES = 64 * 1024;
/** Program output kept for sample tests, for the student's diff. */
export const SAMPLE_OUTPUT_KEPT_BYTES = 64 * 1024;
/**
 * Program output kept for hidden tests of assignment and contest submissions, for their
 * staff's review (never shown to students). Smaller than for samples: a course keeps
 * every submission's output for every test, and reviewers read the start of it.
 */
export const REVIEW_OUTPUT_KEPT_BYTES = 16 * 1024;
