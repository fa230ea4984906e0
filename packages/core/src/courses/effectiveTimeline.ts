import type { CreditTimeline } from "./creditTimeline";

/**
 * The extensions that may apply to one student on one assignment: their own and their
 * section's. Either may be missing (null or undefined).
 */
export interface Extensions {
  /** The student's own extended due date. */
  student?: Date | null;
  /** The extended due date of the student's section. */
  section?: Date | null;
}

/**
 * The timeline as it applies to one student. The most generous of the assignment's due
 * date and the two extensions wins: an extension never takes time away, so a section
 * extension granted earlier than a later personal one cannot shorten it, and neither can
 * an "extension" that lies before the real due date. The late windows move with the due
 * date: every `until` shifts by the same amount, so a student with two extra days still
 * gets "80 % for 24 h, then 50 % for a week" counted from their own due date (issue 9:
 * "the late windows move with the due date"). `opensAt` never moves.
 */
export function effectiveTimeline(timeline: CreditTimeline, extensions?: Extensions): CreditTimeline {
  const dueMs = Math.max(
    timeline.dueAt.getTime(),
    extensions?.student?.getTime() ?? -Infinity,
    extensions?.section?.getTime() ?? -Infinity,
  );
  const shiftMs = dueMs - timeline.dueAt.getTime();
  if (shiftMs === 0) return timeline;
  return {
    opensAt: timeline.opensAt,
    dueAt: new Date(dueMs),
    late: timeline.late.map((w) => ({ until: new Date(w.until.getTime() + shiftMs), percent: w.percent })),
    afterLate: timeline.afterLate,
  };
}
