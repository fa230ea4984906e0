/** The instants that decide what a board shows, all in epoch ms. */
export interface ContestTimes {
  /** Official start and end of the contest. */
  startMs: number;
  endMs: number;
  /** When the board freezes (end − freeze duration), or null for no freeze. */
  freezeAtMs: number | null;
  /**
   * When the board thaws: the instant staff thawed it by hand, or a scheduled thaw time;
   * null while it stays frozen. A board frozen at the end stays frozen until this.
   */
  thawAtMs: number | null;
  /** Hide the board from everyone but the jury until the end (IOI style, DMOJ "hidden during contest"). */
  hideBoardUntilEnd: boolean;
}

/** Who is looking. A participant's own submissions are theirs to see; the board is not. */
export type BoardViewer = { kind: "public" } | { kind: "participant"; participantId: string } | { kind: "jury" };

/**
 * What the board shows now. `frozen`: verdicts of submissions made at or after
 * `frozenAtMs` are replaced by pending (see `visibleJournal`).
 */
export type BoardVisibility =
  { mode: "live" } | { mode: "hidden" } | { mode: "frozen"; frozenAtMs: number; minutesRemaining: number };

/** True from the freeze instant (inclusive) until the thaw instant (exclusive). */
export function isFrozenAt(times: ContestTimes, nowMs: number): boolean {
  if (times.freezeAtMs === null || nowMs < times.freezeAtMs) return false;
  return times.thawAtMs === null || nowMs < times.thawAtMs;
}

/**
 * The board a viewer may see at `nowMs` (the clock is the caller's). The jury always sees
 * the live board (CCS §Freezing: admins see both). Everyone else, participants included,
 * sees the frozen board during a freeze: DOMjudge's team manual says the full scoreboard
 * "will not be updated anymore" for teams too; only their own row and submission list stay
 * live (`ownLiveRow`, `canSeeVerdict`). A board hidden until the end is hidden before `endMs`.
 */
export function boardVisibility(times: ContestTimes, nowMs: number, viewer: BoardViewer): BoardVisibility {
  if (viewer.kind === "jury") return { mode: "live" };
  if (times.hideBoardUntilEnd && nowMs < times.endMs) return { mode: "hidden" };
  if (times.freezeAtMs !== null && isFrozenAt(times, nowMs)) {
    return {
      mode: "frozen",
      frozenAtMs: times.freezeAtMs,
      minutesRemaining: Math.round((times.endMs - times.freezeAtMs) / 60_000),
    };
  }
  return { mode: "live" };
}
