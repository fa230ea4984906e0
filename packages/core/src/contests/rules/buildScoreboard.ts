import type { ContestJournal, JournalSubmission } from "../journal";
import { isPendingSubmission } from "../journal";
import type { Scoreboard } from "../scoreboard";
import { rankAgainst, rankRows } from "./rankRows";
import type { ContestRule, RuleSettings } from "./types";

/**
 * The board of any rule, from its cell, rowScore and compare: the part every format shares
 * (grouping, first to solve, ranking, virtual rows apart). A rule's `scoreboard` calls this.
 */
export function buildScoreboard(
  rule: Pick<ContestRule, "scoreboardType" | "cell" | "rowScore" | "compare">,
  journal: ContestJournal,
  settings: RuleSettings,
): Scoreboard {
  const byCell = new Map<string, JournalSubmission[]>();
  for (const s of journal.submissions) {
    const key = cellKey(s.participantId, s.problemLabel);
    const list = byCell.get(key);
    if (list) list.push(s);
    else byCell.set(key, [s]);
  }
  for (const list of byCell.values()) list.sort((a, b) => a.timeMs - b.timeMs || (a.id < b.id ? -1 : 1));

  const unranked = journal.participants.map((p) => {
    const problems = journal.problems.map((problem) =>
      rule.cell(problem, byCell.get(cellKey(p.id, problem.label)) ?? [], settings),
    );
    return {
      participant: { id: p.id, name: p.name, virtual: p.virtual },
      score: rule.rowScore(problems, settings),
      problems,
    };
  });

  const official = unranked.filter((r) => !r.participant.virtual);
  markFirstToSolve(official, journal);
  const rows = rankRows(official, rule.compare);
  const virtualRows = rankAgainst(
    unranked.filter((r) => r.participant.virtual),
    rows,
    rule.compare,
  );
  return { scoreboardType: rule.scoreboardType, rows, virtualRows };
}

function cellKey(participantId: string, label: string): string {
  return `${participantId}\u0000${label}`;
}

/**
 * DOMjudge's rule (ScoreboardService::calculateScoreRow): a solve is first when no official
 * participant solved the problem strictly earlier and no official submission to it made
 * strictly earlier is still pending. Equal instants are all first; an earlier pending
 * submission withholds the mark until judged (CCS awards: "no unjudged submission made
 * earlier remains"). Times are contest time, so personal windows compare time since each
 * one's own start. Virtual rows never compete.
 */
function markFirstToSolve(rows: readonly UnrankedCells[], journal: ContestJournal): void {
  const official = new Set(rows.map((r) => r.participant.id));
  const pending = journal.submissions.filter((s) => official.has(s.participantId) && isPendingSubmission(s));
  const earliest = new Map<string, number>();
  for (const row of rows) {
    for (const cell of row.problems) {
      if (cell.solvedAtMs === null) continue;
      earliest.set(cell.label, Math.min(earliest.get(cell.label) ?? Infinity, cell.solvedAtMs));
    }
  }
  for (const row of rows) {
    for (const cell of row.problems) {
      const at = cell.solvedAtMs;
      if (at === null || at !== earliest.get(cell.label)) continue;
      cell.firstToSolve = !pending.some((s) => s.problemLabel === cell.label && s.timeMs < at);
    }
  }
}

interface UnrankedCells {
  participant: { id: string };
  problems: { label: string; solvedAtMs: number | null; firstToSolve: boolean }[];
}
