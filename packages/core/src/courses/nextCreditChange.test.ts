import { describe, expect, it } from "vitest";
import { nextCreditChange } from "./nextCreditChange";
import { at, exampleTimeline } from "./testing/exampleTimeline";

const timeline = exampleTimeline("practice");

describe("nextCreditChange", () => {
  it("before the opening: not open, opens at opensAt with full credit", () => {
    expect(nextCreditChange(timeline, undefined, at("2026-08-30T00:00:00Z"))).toEqual({
      now: { kind: "not_open" },
      changesAt: at("2026-09-01T09:00:00Z"),
      next: { kind: "on_time", percent: 100 },
    });
  });

  it("on time, even at dueAt itself: drops to 80 % one millisecond after the due date", () => {
    expect(nextCreditChange(timeline, undefined, at("2026-09-15T12:00:00Z"))).toEqual({
      now: { kind: "on_time", percent: 100 },
      changesAt: at("2026-09-15T12:00:00Z", 1),
      next: { kind: "late", percent: 80, windowIndex: 0 },
    });
  });

  it("in the last late window: turns to practice after it", () => {
    expect(nextCreditChange(timeline, undefined, at("2026-09-20T00:00:00Z"))).toEqual({
      now: { kind: "late", percent: 50, windowIndex: 1 },
      changesAt: at("2026-09-22T12:00:00Z", 1),
      next: { kind: "practice" },
    });
  });

  it("after everything: never changes again", () => {
    expect(nextCreditChange(timeline, undefined, at("2026-12-01T00:00:00Z"))).toEqual({
      now: { kind: "practice" },
      changesAt: null,
      next: null,
    });
  });

  it("counts from the student's own, extended due date", () => {
    const outlook = nextCreditChange(timeline, { section: at("2026-09-17T12:00:00Z") }, at("2026-09-16T00:00:00Z"));
    expect(outlook).toEqual({
      now: { kind: "on_time", percent: 100 },
      changesAt: at("2026-09-17T12:00:00Z", 1),
      next: { kind: "late", percent: 80, windowIndex: 0 },
    });
  });
});
