import type { JournalParticipant, JournalSubmission } from "../journal";
import { boardVisibility, type BoardViewer, type ContestTimes } from "./boardVisibility";
import { submittedAtMs } from "./visibleJournal";

/**
 * Whether a viewer may see this submission's verdict and score in a submission list, the
 * API or the live stream. The jury and the submitter always may (CCS §Freezing hides
 * judgements of post-freeze submissions from the public only; DOMjudge teams keep seeing
 * their own results). Anyone else may exactly when the board shows it.
 */
export function canSeeVerdict(
  s: JournalSubmission,
  participant: Pick<JournalParticipant, "startedAtMs"> | undefined,
  times: ContestTimes,
  nowMs: number,
  viewer: BoardViewer,
): boolean {
  if (viewer.kind === "jury") return true;
  if (viewer.kind === "participant" && viewer.participantId === s.participantId) return true;
  const visibility = boardVisibility(times, nowMs, viewer);
  if (visibility.mode === "live") return true;
  if (visibility.mode === "hidden") return false;
  return submittedAtMs(s, participant, times) < visibility.frozenAtMs;
}
