import { rankRows } from "../rules/rankRows";
import type { ContestRule, RuleSettings } from "../rules/types";
import type { Scoreboard, ScoreboardCell, ScoreboardRow } from "../scoreboard";

/** One click of the resolver: a pending cell turns into its final value and the row may climb. */
export interface RevealStep {
  participantId: string;
  label: string;
  /** The cell as the frozen board showed it, and as it is now revealed. */
  before: ScoreboardCell;
  after: ScoreboardCell;
  fromRank: number;
  toRank: number;
  /** Position (0-based, top first) before and after: what the browser animates. */
  fromIndex: number;
  toIndex: number;
  /** The whole order after this step, top first, so a player can jump to any step. */
  standings: { participantId: string; rank: number }[];
}

/**
 * The ICPC Resolver's sequence, from the public frozen board and the final (jury) board
 * of the same rule: start at the bottom row; while it has a pending cell, reveal the
 * first one in problem order (lowest label), re-rank, and stay at that position — if the
 * row climbed, the row now there is next. When the row there has nothing pending, move up
 * one. Ends at the top. Virtual rows take no part. Each cell is revealed once, so a cell
 * still pending on the final board (not yet judged) cannot loop.
 */
export function revealSteps(
  rule: Pick<ContestRule, "rowScore" | "compare">,
  frozen: Scoreboard,
  final: Scoreboard,
  settings: RuleSettings,
): RevealStep[] {
  const finalCells = new Map(final.rows.map((r) => [r.participant.id, r.problems]));
  let rows: ScoreboardRow[] = frozen.rows.map((r) => ({ ...r, problems: [...r.problems] }));
  const revealed = new Set<string>();
  const steps: RevealStep[] = [];

  let cursor = rows.length - 1;
  while (cursor >= 0) {
    const row = rows[cursor];
    if (!row) break;
    const id = row.participant.id;
    const index = row.problems.findIndex((c) => c.numPending > 0 && !revealed.has(`${id}\u0000${c.label}`));
    const before = row.problems[index];
    if (!before) {
      cursor--;
      continue;
    }
    revealed.add(`${id}\u0000${before.label}`);
    const after = finalCells.get(id)?.find((c) => c.label === before.label) ?? before;
    const problems = row.problems.map((c, i) => (i === index ? after : c));
    rows[cursor] = { ...row, problems, score: rule.rowScore(problems, settings) };
    rows = rankRows(rows, rule.compare);
    const toIndex = rows.findIndex((r) => r.participant.id === id);
    steps.push({
      participantId: id,
      label: before.label,
      before,
      after,
      fromRank: row.rank,
      toRank: rows[toIndex]?.rank ?? row.rank,
      fromIndex: cursor,
      toIndex,
      standings: rows.map((r) => ({ participantId: r.participant.id, rank: r.rank })),
    });
  }
  return steps;
}
