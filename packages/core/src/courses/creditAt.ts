import type { CreditTimeline } from "./creditTimeline";
import { effectiveTimeline, type Extensions } from "./effectiveTimeline";

/** What a submission made at a given time is worth. */
export type Credit =
  | { kind: "not_open" }
  | { kind: "on_time"; percent: 100 }
  | { kind: "late"; percent: number; windowIndex: number }
  | { kind: "closed" }
  | { kind: "practice" };

/** Credit kinds whose submissions are graded; the others are refused or judged as practice. */
export function isCounted(credit: Credit): credit is Extract<Credit, { kind: "on_time" | "late" }> {
  return credit.kind === "on_time" || credit.kind === "late";
}

/**
 * The credit a submission made at `submittedAt` earns, after applying the student's
 * extensions (see `effectiveTimeline`). Every boundary is inclusive at its end, the
 * way people read a deadline: `opensAt` itself is open, a submission at exactly `dueAt`
 * is on time, and one at exactly `late[i].until` still earns window i's percent. One
 * millisecond later the next step applies. `submittedAt` must be when the submission
 * was created, never when it was judged: a deadline that passes while it waits in the
 * queue does not change its credit.
 */
export function creditAt(timeline: CreditTimeline, submittedAt: Date, extensions?: Extensions): Credit {
  const t = effectiveTimeline(timeline, extensions);
  const at = submittedAt.getTime();
  if (at < t.opensAt.getTime()) return { kind: "not_open" };
  if (at <= t.dueAt.getTime()) return { kind: "on_time", percent: 100 };
  const windowIndex = t.late.findIndex((w) => at <= w.until.getTime());
  const window = t.late[windowIndex];
  if (window) return { kind: "late", percent: window.percent, windowIndex };
  return { kind: t.afterLate };
}
