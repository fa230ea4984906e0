import { creditAt, type Credit } from "./creditAt";
import type { CreditTimeline } from "./creditTimeline";
import { effectiveTimeline, type Extensions } from "./effectiveTimeline";

/** What a submission made now earns, and when and how that changes: the countdown's data. */
export interface CreditOutlook {
  now: Credit;
  /** The next moment the credit changes (the first millisecond of the new step); null when it never will. */
  changesAt: Date | null;
  /** The credit from `changesAt` on; null when it never changes. */
  next: Credit | null;
}

/**
 * For the page a student submits from: what a submission made at `now` earns (with their
 * extensions), when that changes and to what, e.g. "on time, 80 % from Tue 15 Sep 12:00".
 * Boundaries as in `creditAt`: a step's last moment is inclusive, so the change happens
 * one millisecond after it.
 */
export function nextCreditChange(
  timeline: CreditTimeline,
  extensions: Extensions | undefined,
  now: Date,
): CreditOutlook {
  const own = effectiveTimeline(timeline, extensions);
  const current = creditAt(own, now);
  const t = now.getTime();
  const edges = [own.opensAt.getTime(), own.dueAt.getTime() + 1, ...own.late.map((w) => w.until.getTime() + 1)];
  const changeMs = edges.find((edge) => edge > t);
  if (changeMs === undefined) return { now: current, changesAt: null, next: null };
  const changesAt = new Date(changeMs);
  return { now: current, changesAt, next: creditAt(own, changesAt) };
}
