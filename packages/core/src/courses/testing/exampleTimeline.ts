import { creditTimelineSchema, type CreditTimeline } from "../creditTimeline";

/**
 * The worked example of issue 9, for tests: opens 1 Sep 09:00 UTC, due 15 Sep 12:00,
 * 80 % for the next 24 h, 50 % until a week after the due date, then `afterLate`.
 */
export function exampleTimeline(afterLate: "closed" | "practice" = "closed"): CreditTimeline {
  return creditTimelineSchema.parse({
    opensAt: "2026-09-01T09:00:00Z",
    dueAt: "2026-09-15T12:00:00Z",
    late: [
      { until: "2026-09-16T12:00:00Z", percent: 80 },
      { until: "2026-09-22T12:00:00Z", percent: 50 },
    ],
    afterLate,
  });
}

/** `iso` plus `ms` milliseconds, for probing a boundary from either side. */
export function at(iso: string, ms = 0): Date {
  return new Date(new Date(iso).getTime() + ms);
}
