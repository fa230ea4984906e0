import type { Scoreboard, ScoreboardRow } from "../scoreboard";

/** An award in the CCS shape (`awards` endpoint); `team_ids` are participant ids. */
export interface ContestAward {
  id: string;
  citation: string;
  team_ids: string[];
}

/** Which awards to give; counts default to 4 gold, 4 silver, 4 bronze. */
export interface AwardSettings {
  /** Medal counts by rank; ICPC regionals commonly use 4/4/4 (icpctools `awards --medals 4 4 4`). */
  gold?: number;
  silver?: number;
  bronze?: number;
  /** Emit `first-to-solve-<problem id>` awards. Default true. */
  firstToSolve?: boolean;
}

/**
 * Awards from a board (pass the board the viewer may see: the public one during a freeze,
 * as the CCS award semantics say). Medals go by rank: a row gets gold when its rank is
 * within the gold count, silver within gold + silver, bronze within all three, so a tie
 * across a boundary gives both rows the better medal (1, 1, 3 ranks with 1 gold: two golds).
 * Only rows that scored are placed ("Empty if no team has scored"). `winner` is every
 * rank-1 row that scored. Virtual rows never receive awards.
 */
export function computeAwards(board: Scoreboard, settings: AwardSettings = {}): ContestAward[] {
  const gold = settings.gold ?? 4;
  const silver = settings.silver ?? 4;
  const bronze = settings.bronze ?? 4;
  const scored = board.rows.filter(hasScored);
  const within = (from: number, to: number) =>
    scored.filter((r) => r.rank > from && r.rank <= to).map((r) => r.participant.id);

  const awards: ContestAward[] = [
    { id: "winner", citation: "Contest winner", team_ids: within(0, 1) },
    { id: "gold-medal", citation: "Gold medal winner", team_ids: within(0, gold) },
    { id: "silver-medal", citation: "Silver medal winner", team_ids: within(gold, gold + silver) },
    { id: "bronze-medal", citation: "Bronze medal winner", team_ids: within(gold + silver, gold + silver + bronze) },
  ];
  if (settings.firstToSolve ?? true) awards.push(...firstToSolveAwards(board));
  return awards;
}

function hasScored(row: ScoreboardRow): boolean {
  return row.score.kind === "pass-fail" ? row.score.numSolved > 0 : row.score.score > 0;
}

/** One award per problem, in board order, possibly empty (CCS example `first-to-solve-b`). */
function firstToSolveAwards(board: Scoreboard): ContestAward[] {
  const columns = board.rows[0]?.problems ?? [];
  return columns.map((column, i) => ({
    id: `first-to-solve-${column.problemId}`,
    citation: `First to solve problem ${column.label}`,
    team_ids: board.rows.filter((r) => r.problems[i]?.firstToSolve).map((r) => r.participant.id),
  }));
}
