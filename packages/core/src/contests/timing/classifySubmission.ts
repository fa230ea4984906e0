import type { ParticipantWindow } from "./participantWindow";

/**
 * - `refused`: before the window opens (or with no window): not accepted at all.
 * - `counted`: inside the window: judged and scored (a virtual one on its own row).
 * - `upsolving`: at or after the window's end: judged, never counted.
 */
export type SubmissionClass = "refused" | "counted" | "upsolving";

/**
 * Sorts a submission made at `atMs` (epoch ms) against the participant's window. The end
 * is exclusive, as DOMjudge's `submittime < endtime`: a submission at the final instant
 * is late.
 */
export function classifySubmission(window: ParticipantWindow | null, atMs: number): SubmissionClass {
  if (window === null || atMs < window.startMs) return "refused";
  return atMs < window.endMs ? "counted" : "upsolving";
}

/** The journal's `timeMs` of a counted submission: ms since the participant's own start. */
export function contestTimeMs(window: ParticipantWindow, atMs: number): number {
  return Math.max(0, atMs - window.startMs);
}
