import type { Scoreboard } from "@arbiter/core/contests";

export interface Balloon {
  participant: string;
  label: string;
  color: string | null;
  /** Contest minute of the solve. */
  minute: number;
  firstToSolve: boolean;
}

/**
 * The balloon list: one balloon per official participant and solved problem (its first
 * AC; later ACs bring none), in the order they were earned. Computed from the jury's live
 * board, so it is right during the freeze too — balloon runners are jury.
 */
export function balloonList(board: Scoreboard, colors: ReadonlyMap<string, string | null>): Balloon[] {
  const balloons = board.rows.flatMap((row) =>
    row.problems
      .filter((cell) => cell.solved && cell.solvedAtMs !== null)
      .map((cell) => ({
        participant: row.participant.name,
        label: cell.label,
        color: colors.get(cell.label) ?? null,
        minute: cell.time ?? 0,
        firstToSolve: cell.firstToSolve,
        at: cell.solvedAtMs ?? 0,
      })),
  );
  return balloons.sort((a, b) => a.at - b.at || a.label.localeCompare(b.label)).map(({ at: _at, ...b }) => b);
}
