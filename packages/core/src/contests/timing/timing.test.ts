import { describe, expect, it } from "vitest";
import { MIN } from "../testJournal";
import { classifySubmission, contestTimeMs } from "./classifySubmission";
import { canStartPersonalWindow, canStartVirtual, participantWindow, type ContestSchedule } from "./participantWindow";

const T0 = Date.UTC(2026, 11, 1, 9, 0, 0);
const official: ContestSchedule = { startMs: T0, endMs: T0 + 300 * MIN, personalDurationMs: null };
// A take-home round open for a day, 3 hours each.
const personal: ContestSchedule = { startMs: T0, endMs: T0 + 24 * 60 * MIN, personalDurationMs: 180 * MIN };
const me = { startedAtMs: null, virtual: false };

describe("participantWindow", () => {
  it("is the official window when there are no personal windows", () => {
    expect(participantWindow(official, me)).toEqual({ startMs: T0, endMs: T0 + 300 * MIN });
  });

  it("gives a personal window its full duration from the participant's start", () => {
    const start = T0 + 60 * MIN;
    expect(participantWindow(personal, { ...me, startedAtMs: start })).toEqual({
      startMs: start,
      endMs: start + 180 * MIN,
    });
  });

  it("caps a late personal window at the contest's end, as DMOJ does", () => {
    const start = personal.endMs - 60 * MIN;
    expect(participantWindow(personal, { ...me, startedAtMs: start })?.endMs).toBe(personal.endMs);
  });

  it("has no window before a personal start, and lets it start only inside the period", () => {
    expect(participantWindow(personal, me)).toBeNull();
    expect(canStartPersonalWindow(personal, T0 - 1)).toBe(false);
    expect(canStartPersonalWindow(personal, T0)).toBe(true);
    expect(canStartPersonalWindow(personal, personal.endMs)).toBe(false);
    expect(canStartPersonalWindow(official, T0 + 1)).toBe(false);
  });

  it("replays a virtual participation on its own clock for the contest's length, uncapped", () => {
    const start = official.endMs + 7 * 24 * 60 * MIN;
    expect(participantWindow(official, { startedAtMs: start, virtual: true })).toEqual({
      startMs: start,
      endMs: start + 300 * MIN,
    });
    expect(canStartVirtual(official, official.endMs - 1)).toBe(false);
    expect(canStartVirtual(official, official.endMs)).toBe(true);
  });
});

describe("classifySubmission", () => {
  const window = { startMs: T0, endMs: T0 + 300 * MIN };

  it("refuses before the start, counts from the start instant, and turns to upsolving at the end instant", () => {
    expect(classifySubmission(window, T0 - 1)).toBe("refused");
    expect(classifySubmission(window, T0)).toBe("counted");
    expect(classifySubmission(window, T0 + 300 * MIN - 1)).toBe("counted");
    expect(classifySubmission(window, T0 + 300 * MIN)).toBe("upsolving");
    expect(classifySubmission(null, T0 + 5)).toBe("refused");
  });

  it("measures contest time from the participant's own start", () => {
    expect(contestTimeMs({ startMs: T0 + 60 * MIN, endMs: T0 + 240 * MIN }, T0 + 105 * MIN + 30_000)).toBe(45.5 * MIN);
  });
});
