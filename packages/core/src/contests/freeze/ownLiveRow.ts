import type { ContestJournal } from "../journal";
import type { ContestRule, RuleSettings } from "../rules/types";
import type { ScoreboardRow } from "../scoreboard";

/**
 * A participant's own row with every verdict they may see (their own, live), for the
 * "your results" strip above a frozen or hidden board. Its rank is null: the true rank
 * would leak the others' hidden results (DOMjudge shows it as "?").
 */
export function ownLiveRow(
  rule: ContestRule,
  liveJournal: ContestJournal,
  settings: RuleSettings,
  participantId: string,
): (Omit<ScoreboardRow, "rank"> & { rank: null }) | null {
  const me = liveJournal.participants.find((p) => p.id === participantId);
  if (!me) return null;
  const mine: ContestJournal = {
    participants: [{ ...me, virtual: false }],
    problems: liveJournal.problems,
    submissions: liveJournal.submissions.filter((s) => s.participantId === participantId),
  };
  const row = rule.scoreboard(mine, settings).rows[0];
  if (!row) return null;
  // First to solve needs the other rows; without them it would be a guess.
  const problems = row.problems.map((c) => ({ ...c, firstToSolve: false }));
  return { ...row, participant: { ...row.participant, virtual: me.virtual }, problems, rank: null };
}
