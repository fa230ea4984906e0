import { creditAt, type Credit } from "./creditAt";
import type { CreditTimeline } from "./creditTimeline";
import { effectiveTimeline, type Extensions } from "./effectiveTimeline";
import { formatDeadline } from "./formatDeadline";

/**
 * What to do with a submission to an assignment:
 * - `refused`: not judged at all (the API answers 409 with `message`);
 * - `counted`: judged and graded with `credit` (on time or in a late window);
 * - `practice`: judged, shown to the student, never counted.
 * Store `credit` with an accepted submission: grading reads it back (`countedSubmission`)
 * instead of recomputing it from a timeline that staff may have edited since.
 * Messages are written for the student and hold nothing but the times they can already
 * see on the assignment page (their own due date, with their extension).
 */
export type SubmissionClass =
  | { outcome: "refused"; reason: "not_open" | "closed"; message: string }
  | { outcome: "counted"; credit: Extract<Credit, { kind: "on_time" | "late" }>; message: string | null }
  | { outcome: "practice"; credit: Extract<Credit, { kind: "practice" }>; message: string };

export interface ClassifyOptions {
  /** IANA zone for times in messages; UTC when omitted. */
  timeZone?: string;
}

/**
 * Classifies a submission by its creation time `createdAt` (never the judging time: a
 * deadline that passes while a submission waits in the queue does not change it), the
 * assignment's timeline and the student's extensions.
 */
export function classifySubmission(
  timeline: CreditTimeline,
  extensions: Extensions | undefined,
  createdAt: Date,
  options: ClassifyOptions = {},
): SubmissionClass {
  const own = effectiveTimeline(timeline, extensions);
  const credit = creditAt(own, createdAt);
  const when = (at: Date) => formatDeadline(at, options.timeZone);
  switch (credit.kind) {
    case "not_open":
      return { outcome: "refused", reason: "not_open", message: `This assignment opens at ${when(own.opensAt)}.` };
    case "closed":
      return {
        outcome: "refused",
        reason: "closed",
        message: `This assignment closed at ${when(lastCountedAt(own))}.`,
      };
    case "practice":
      return {
        outcome: "practice",
        credit,
        message: `This assignment closed at ${when(lastCountedAt(own))}: your submission is judged as practice and does not count.`,
      };
    case "on_time":
      return { outcome: "counted", credit, message: null };
    case "late":
      return {
        outcome: "counted",
        credit,
        message: `Submitted after the due date (${when(own.dueAt)}): it earns ${credit.percent} % of the points.`,
      };
  }
}

/** The last moment a submission still counts: the end of the last late window, or the due date. */
function lastCountedAt(t: CreditTimeline): Date {
  return t.late.at(-1)?.until ?? t.dueAt;
}
