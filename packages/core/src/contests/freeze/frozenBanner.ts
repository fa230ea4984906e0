import type { BoardVisibility } from "./boardVisibility";

/**
 * The notice a frozen board must carry, worded as the CCS Requirements §Freezing require;
 * null when the board is not frozen.
 */
export function frozenBanner(visibility: BoardVisibility): string | null {
  if (visibility.mode !== "frozen") return null;
  const n = visibility.minutesRemaining;
  const minutes = n === 1 ? "minute" : "minutes";
  return (
    `The scoreboard was frozen with ${n} ${minutes} remaining - ` +
    `submissions in the last ${n} ${minutes} of the contest are still shown as pending.`
  );
}
