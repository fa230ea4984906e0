/** The format's default safety margins (problem.yaml `limits.time_multipliers`). */
export const AC_TO_TIME_LIMIT = 2;
export const TIME_LIMIT_TO_TLE = 1.5;

export interface TimedExample {
  bound: "lower" | "upper" | false;
  /** Its slowest judged test, in ms of CPU time; null when nothing ran. */
  slowestMs: number | null;
  /** Whether it met its expectation (null while it is judged). */
  passed: boolean | null;
}

export interface TimeLimitCheck {
  /** Slowest test of any example that must not time out, in ms. */
  slowestLowerMs: number | null;
  /** The least time limit those allow: slowest × ac_to_time_limit, in ms. */
  neededTimeLimitMs: number | null;
  acToTimeLimit: number;
  /** False when the problem's time limit is below what its slowest accepted-style example needs. */
  ok: boolean;
}

/**
 * Kattis' time limit inference, checked rather than applied: the time limit must be at
 * least `ac_to_time_limit` times the slowest running time of the examples that bound it
 * from below (accepted, wrong_answer, run_time_error and the like). The upper bound
 * from time_limit_exceeded examples needs runs beyond the limit, which the judge does not
 * make: those examples are checked only for timing out.
 */
export function checkTimeLimit(
  timeLimitMs: number,
  examples: readonly TimedExample[],
  acToTimeLimit = AC_TO_TIME_LIMIT,
): TimeLimitCheck {
  const lower = examples.filter((e) => e.bound === "lower" && e.passed && e.slowestMs !== null);
  const slowestLowerMs = lower.length > 0 ? Math.max(...lower.map((e) => e.slowestMs ?? 0)) : null;
  const neededTimeLimitMs = slowestLowerMs === null ? null : Math.ceil(slowestLowerMs * acToTimeLimit);
  return {
    slowestLowerMs,
    neededTimeLimitMs,
    acToTimeLimit,
    ok: neededTimeLimitMs === null || neededTimeLimitMs <= timeLimitMs,
  };
}
