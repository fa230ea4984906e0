import type { ContestTimes } from "./boardVisibility";

/**
 * From which instant (epoch ms) the public may see the verdict of a submission made at
 * `submittedAtMs`: minus infinity for at once, null for not yet known (frozen with no thaw
 * set). The same decision as `canSeeVerdict` for the public, as an instant, so a feed can
 * publish a frozen judgement at the thaw rather than when it was judged (CCS §Freezing:
 * judgements of post-freeze submissions appear to the public only after the thaw).
 */
export function verdictRevealAtMs(submittedAtMs: number, times: ContestTimes): number | null {
  let at = Number.NEGATIVE_INFINITY;
  if (times.hideBoardUntilEnd) at = times.endMs;
  if (times.freezeAtMs !== null && submittedAtMs >= times.freezeAtMs) {
    if (times.thawAtMs === null) return null;
    at = Math.max(at, times.thawAtMs);
  }
  return at;
}
