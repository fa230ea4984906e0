import { describe, expect, it } from "vitest";
import { discloseJudgeEvent } from "./discloseJudgeEvent";
import { discloseResults, type MeasuredTestResult } from "./discloseResults";

// Two samples, then hidden tests whose memory encodes their answers (the attack in issue 14).
const results: MeasuredTestResult[] = [
  { index: 1, verdict: "AC", timeMs: 11, memoryKb: 3000, sample: true },
  { index: 2, verdict: "AC", timeMs: 12, memoryKb: 3100, sample: true },
  { index: 3, verdict: "AC", timeMs: 40, memoryKb: 7000, sample: false },
  { index: 4, verdict: "WA", timeMs: 90, memoryKb: 9000, sample: false },
  { index: 5, verdict: "TLE", timeMs: 1000, memoryKb: 4000, sample: false },
];

describe("discloseResults", () => {
  it("shows staff every test with its resources", () => {
    for (const disclosure of ["verdict_only", "first_failure", "per_test"] as const) {
      expect(discloseResults(disclosure, true, results)).toEqual({ tests: results, hidden: null });
    }
  });

  it("verdict_only: samples in full, nothing of any hidden test, not even the maximum", () => {
    const { tests, hidden } = discloseResults("verdict_only", false, results);
    expect(tests).toEqual(results.slice(0, 2));
    expect(hidden).toEqual({
      disclosure: "verdict_only",
      judged: 3,
      maxTimeMs: null,
      maxMemoryKb: null,
      firstFailure: null,
    });
  });

  it("first_failure: the first failing hidden test's number and verdict, resources as the maximum", () => {
    const { tests, hidden } = discloseResults("first_failure", false, results);
    expect(tests).toEqual(results.slice(0, 2));
    expect(hidden).toEqual({
      disclosure: "first_failure",
      judged: 3,
      maxTimeMs: 1000,
      maxMemoryKb: 9000,
      firstFailure: { index: 4, verdict: "WA" },
    });
  });

  it("per_test: each hidden verdict without its own time or memory", () => {
    const { tests, hidden } = discloseResults("per_test", false, results);
    expect(tests.slice(0, 2)).toEqual(results.slice(0, 2));
    expect(tests.slice(2)).toEqual([
      { index: 3, verdict: "AC", timeMs: null, memoryKb: null, sample: false },
      { index: 4, verdict: "WA", timeMs: null, memoryKb: null, sample: false },
      { index: 5, verdict: "TLE", timeMs: null, memoryKb: null, sample: false },
    ]);
    expect(hidden).toMatchObject({ judged: 3, maxTimeMs: 1000, maxMemoryKb: 9000, firstFailure: null });
  });

  it("says nothing measured before a hidden test is judged", () => {
    expect(discloseResults("per_test", false, results.slice(0, 2)).hidden).toEqual({
      disclosure: "per_test",
      judged: 0,
      maxTimeMs: null,
      maxMemoryKb: null,
      firstFailure: null,
    });
  });

  it("never lets a hidden test's own memory or time through to a student", () => {
    for (const disclosure of ["verdict_only", "first_failure", "per_test"] as const) {
      const shown = JSON.stringify(discloseResults(disclosure, false, results).tests);
      for (const leak of ["7000", '"timeMs":40', '"timeMs":90']) expect(shown).not.toContain(leak);
    }
  });
});

describe("discloseJudgeEvent", () => {
  const hiddenEvent = { type: "test", index: 3, verdict: "AC", timeMs: 40, memoryKb: 7000, sample: false } as const;
  const sampleEvent = { ...hiddenEvent, index: 1, sample: true } as const;

  it("holds back hidden tests' events except under per_test, which drops their resources", () => {
    expect(discloseJudgeEvent("verdict_only", false, hiddenEvent)).toBeNull();
    expect(discloseJudgeEvent("first_failure", false, hiddenEvent)).toBeNull();
    expect(discloseJudgeEvent("per_test", false, hiddenEvent)).toEqual({
      ...hiddenEvent,
      timeMs: null,
      memoryKb: null,
    });
  });

  it("passes samples, other events and everything for staff", () => {
    expect(discloseJudgeEvent("verdict_only", false, sampleEvent)).toEqual(sampleEvent);
    expect(discloseJudgeEvent("verdict_only", false, { type: "done", verdict: "WA", score: 0 })).toEqual({
      type: "done",
      verdict: "WA",
      score: 0,
    });
    expect(discloseJudgeEvent("verdict_only", true, hiddenEvent)).toEqual(hiddenEvent);
  });
});
