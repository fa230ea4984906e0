import { describe, expect, it } from "vitest";
import { creditAt } from "./creditAt";
import { effectiveTimeline } from "./effectiveTimeline";
import { at, exampleTimeline } from "./testing/exampleTimeline";

const closed = exampleTimeline("closed");
const practice = exampleTimeline("practice");

describe("creditAt on the worked example (100 % / 80 % for 24 h / 50 % until a week / then closed or practice)", () => {
  it("is not open one millisecond before opensAt, and open exactly at opensAt", () => {
    expect(creditAt(closed, at("2026-09-01T09:00:00Z", -1))).toEqual({ kind: "not_open" });
    expect(creditAt(closed, at("2026-09-01T09:00:00Z"))).toEqual({ kind: "on_time", percent: 100 });
  });

  it("counts a submission made exactly at dueAt as on time, and one millisecond later as late at 80 %", () => {
    expect(creditAt(closed, at("2026-09-15T12:00:00Z"))).toEqual({ kind: "on_time", percent: 100 });
    expect(creditAt(closed, at("2026-09-15T12:00:00Z", 1))).toEqual({ kind: "late", percent: 80, windowIndex: 0 });
  });

  it("keeps 80 % up to and including the end of the first 24 h, then 50 %", () => {
    expect(creditAt(closed, at("2026-09-16T12:00:00Z"))).toEqual({ kind: "late", percent: 80, windowIndex: 0 });
    expect(creditAt(closed, at("2026-09-16T12:00:00Z", 1))).toEqual({ kind: "late", percent: 50, windowIndex: 1 });
  });

  it("keeps 50 % up to and including a week after the due date, then closes or turns to practice", () => {
    expect(creditAt(closed, at("2026-09-22T12:00:00Z"))).toEqual({ kind: "late", percent: 50, windowIndex: 1 });
    expect(creditAt(closed, at("2026-09-22T12:00:00Z", 1))).toEqual({ kind: "closed" });
    expect(creditAt(practice, at("2026-09-22T12:00:00Z", 1))).toEqual({ kind: "practice" });
    expect(creditAt(practice, at("2027-01-01T00:00:00Z"))).toEqual({ kind: "practice" });
  });

  it("closes right after the due date when there are no late windows", () => {
    const strict = { ...closed, late: [] };
    expect(creditAt(strict, at("2026-09-15T12:00:00Z"))).toEqual({ kind: "on_time", percent: 100 });
    expect(creditAt(strict, at("2026-09-15T12:00:00Z", 1))).toEqual({ kind: "closed" });
  });
});

describe("extensions", () => {
  const twoDaysLater = at("2026-09-17T12:00:00Z");

  it("moves the due date and every late window by the same amount", () => {
    const t = effectiveTimeline(closed, { student: twoDaysLater });
    expect(t.dueAt).toEqual(twoDaysLater);
    expect(t.late.map((w) => [w.until.toISOString(), w.percent])).toEqual([
      ["2026-09-18T12:00:00.000Z", 80],
      ["2026-09-24T12:00:00.000Z", 50],
    ]);
    expect(t.opensAt).toEqual(closed.opensAt);
  });

  it("makes a submission that would have been late on time, and shifts the late windows", () => {
    const extensions = { student: twoDaysLater };
    expect(creditAt(closed, at("2026-09-17T12:00:00Z"), extensions)).toEqual({ kind: "on_time", percent: 100 });
    expect(creditAt(closed, at("2026-09-18T12:00:00Z"), extensions)).toEqual({
      kind: "late",
      percent: 80,
      windowIndex: 0,
    });
    // Without the extension this moment is already closed; with it, the second window still runs.
    expect(creditAt(closed, at("2026-09-23T12:00:00Z"))).toEqual({ kind: "closed" });
    expect(creditAt(closed, at("2026-09-23T12:00:00Z"), extensions)).toEqual({
      kind: "late",
      percent: 50,
      windowIndex: 1,
    });
  });

  it("applies a section's extension to a student without their own", () => {
    expect(creditAt(closed, at("2026-09-16T12:00:00Z"), { section: at("2026-09-16T12:00:00Z") })).toEqual({
      kind: "on_time",
      percent: 100,
    });
  });

  it("uses the most generous of the student's and the section's extension", () => {
    const moment = at("2026-09-18T00:00:00Z");
    const student = at("2026-09-16T12:00:00Z");
    const section = at("2026-09-18T12:00:00Z");
    expect(creditAt(closed, moment, { student, section })).toEqual({ kind: "on_time", percent: 100 });
    expect(creditAt(closed, moment, { student: section, section: student })).toEqual({ kind: "on_time", percent: 100 });
    // With only the shorter one, the same moment is past its 24 h at 80 % (which ended 17 Sep 12:00).
    expect(creditAt(closed, moment, { student })).toEqual({ kind: "late", percent: 50, windowIndex: 1 });
  });

  it("never takes time away: an extension before the due date changes nothing", () => {
    const earlier = at("2026-09-10T00:00:00Z");
    expect(effectiveTimeline(closed, { student: earlier, section: null })).toBe(closed);
    expect(creditAt(closed, at("2026-09-15T12:00:00Z"), { student: earlier })).toEqual({
      kind: "on_time",
      percent: 100,
    });
  });

  it("does not move the opening time", () => {
    expect(creditAt(closed, at("2026-09-01T08:59:59Z"), { student: twoDaysLater })).toEqual({ kind: "not_open" });
  });
});
