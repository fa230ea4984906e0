import type { ContestJournal, JournalSubmission } from "../journal";
import type { BoardVisibility, ContestTimes } from "./boardVisibility";

/** The wall-clock instant (epoch ms) a submission was made. */
export function submittedAtMs(
  s: JournalSubmission,
  participant: { startedAtMs: number | null } | undefined,
  times: Pick<ContestTimes, "startMs">,
): number {
  return (participant?.startedAtMs ?? times.startMs) + s.timeMs;
}

/**
 * The journal as a board with this visibility may show it. Frozen: every submission made
 * at or after the freeze instant (DOMjudge `isAfterFreeze` is `submittime >= freezetime`)
 * becomes pending with no verdict or score — even a CE, so nothing leaks (DOMjudge PR
 * #582). The cutoff is the wall-clock freeze instant for everyone, personal windows
 * included: what matters is what was known when the board froze. Hidden: every
 * submission is pending, so a board rendered by mistake shows counts at most.
 */
export function visibleJournal(
  journal: ContestJournal,
  times: ContestTimes,
  visibility: BoardVisibility,
): ContestJournal {
  if (visibility.mode === "live") return journal;
  const starts = new Map(journal.participants.map((p) => [p.id, p]));
  const hides =
    visibility.mode === "hidden"
      ? () => true
      : (s: JournalSubmission) => submittedAtMs(s, starts.get(s.participantId), times) >= visibility.frozenAtMs;
  return {
    ...journal,
    submissions: journal.submissions.map((s) => (hides(s) ? asPending(s) : s)),
  };
}

function asPending(s: JournalSubmission): JournalSubmission {
  return {
    id: s.id,
    participantId: s.participantId,
    problemLabel: s.problemLabel,
    timeMs: s.timeMs,
    status: "pending",
    verdict: null,
    score: 0,
  };
}
