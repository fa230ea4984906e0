import type { Assignment } from "@arbiter/db";
import type { CreditTimeline } from "../creditTimeline";

// A type alias (not an interface) so that it is assignable to Prisma's JSON input type.
type StoredWindow = {
  until: string;
  percent: number;
};

/** The stored assignment's rule as the pure timeline (late windows are kept as JSON). */
export function assignmentTimeline(a: Pick<Assignment, "opensAt" | "dueAt" | "late" | "afterLate">): CreditTimeline {
  const late = (Array.isArray(a.late) ? (a.late as unknown as StoredWindow[]) : []).map((w) => ({
    until: new Date(w.until),
    percent: w.percent,
  }));
  return { opensAt: a.opensAt, dueAt: a.dueAt, late, afterLate: a.afterLate };
}

/** The late windows as stored: ISO times, so the JSON reads the same everywhere. */
export function storedLateWindows(timeline: CreditTimeline): StoredWindow[] {
  return timeline.late.map((w) => ({ until: w.until.toISOString(), percent: w.percent }));
}
