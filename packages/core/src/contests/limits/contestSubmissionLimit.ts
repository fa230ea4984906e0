/** A contest's own submission limit: at most `count` submissions per participant row in any `windowMs`. */
export interface ContestSubmissionLimit {
  count: number;
  windowMs: number;
}

/**
 * Whether one more submission at `nowMs` fits the limit, given the row's earlier
 * submission instants (epoch ms, any order). A sliding window, as DOMjudge's
 * `submission_rate_limit`: refused when `count` were made in the `windowMs` before now;
 * then it may try again when the oldest of those leaves the window.
 */
export function checkSubmissionLimit(
  limit: ContestSubmissionLimit,
  earlierMs: readonly number[],
  nowMs: number,
): { allowed: true } | { allowed: false; retryAtMs: number } {
  const inWindow = earlierMs.filter((t) => t > nowMs - limit.windowMs && t <= nowMs).sort((a, b) => a - b);
  if (inWindow.length < limit.count) return { allowed: true };
  // The (len - count + 1)-th oldest must leave the window for one slot to open.
  const freeing = inWindow[inWindow.length - limit.count] ?? nowMs;
  return { allowed: false, retryAtMs: freeing + limit.windowMs };
}
