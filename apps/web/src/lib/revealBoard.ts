import type { RevealStep, ScoreboardCell, ScoreboardRow } from "@arbiter/core/contests";

export interface RevealRow {
  id: string;
  name: string;
  rank: number;
  problems: ScoreboardCell[];
}

/** A row's total as the board shows it: ICPC solved and penalty minutes, IOI points. */
export function rowTotal(problems: readonly ScoreboardCell[], ioi: boolean): { main: number; time: number | null } {
  if (ioi) return { main: Math.round(problems.reduce((s, c) => s + c.score, 0) * 100) / 100, time: null };
  const solved = problems.filter((c) => c.solved);
  return { main: solved.length, time: solved.reduce((s, c) => s + c.penaltyTime, 0) };
}

/** The frozen board's official rows, top first, as the player starts them. */
export function startRows(rows: readonly ScoreboardRow[]): RevealRow[] {
  return rows.map((r) => ({ id: r.participant.id, name: r.participant.name, rank: r.rank, problems: r.problems }));
}

/**
 * The board after the first `count` steps: each step's cell takes its revealed value and
 * the order and ranks become the step's standings (every step carries the whole order, so
 * this is a replay, not an animation-dependent state).
 */
export function boardAfter(start: readonly RevealRow[], steps: readonly RevealStep[], count: number): RevealRow[] {
  const rows = new Map(start.map((r) => [r.id, { ...r, problems: [...r.problems] }]));
  let order = start.map((r) => ({ participantId: r.id, rank: r.rank }));
  for (const step of steps.slice(0, count)) {
    const row = rows.get(step.participantId);
    if (row) row.problems = row.problems.map((c) => (c.label === step.label ? step.after : c));
    order = step.standings;
  }
  return order.flatMap(({ participantId, rank }) => {
    const row = rows.get(participantId);
    return row ? [{ ...row, rank }] : [];
  });
}
