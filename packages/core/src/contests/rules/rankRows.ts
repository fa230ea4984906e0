import type { RowScore, ScoreboardRow } from "../scoreboard";

type Compare = (a: RowScore, b: RowScore) => number;
type UnrankedRow = Omit<ScoreboardRow, "rank">;

// CCS: rows with the same rank are "alphabetical on team name" by the Unicode Collation
// Algorithm, en-US by default; Intl.Collator is that. The id breaks exact name ties so the
// order never depends on the input order.
const collator = new Intl.Collator("en-US");

function byRankThenName(compare: Compare) {
  return (a: UnrankedRow, b: UnrankedRow): number =>
    compare(a.score, b.score) ||
    collator.compare(a.participant.name, b.participant.name) ||
    (a.participant.id < b.participant.id ? -1 : a.participant.id > b.participant.id ? 1 : 0);
}

/**
 * Sorts rows and gives shared ranks in the "1, 1, 3" style: a row's rank is 1 + the number
 * of rows strictly better (CCS: "1-based and duplicate in case of ties"; DOMjudge ranks by
 * counting better sort keys the same way).
 */
export function rankRows(rows: readonly UnrankedRow[], compare: Compare): ScoreboardRow[] {
  const sorted = [...rows].sort(byRankThenName(compare));
  const ranked: ScoreboardRow[] = [];
  sorted.forEach((row, i) => {
    const previous = ranked[i - 1];
    const rank = previous && compare(previous.score, row.score) === 0 ? previous.rank : i + 1;
    ranked.push({ ...row, rank });
  });
  return ranked;
}

/**
 * Ranks rows that are shown apart (virtual participants) against a ranked official board:
 * each gets 1 + the number of official rows strictly better, so it reads "would have been Nth".
 */
export function rankAgainst(rows: readonly UnrankedRow[], official: readonly ScoreboardRow[], compare: Compare) {
  return [...rows].sort(byRankThenName(compare)).map((row): ScoreboardRow => ({
    ...row,
    rank: 1 + official.filter((o) => compare(o.score, row.score) < 0).length,
  }));
}
