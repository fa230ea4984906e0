import { describe, expect, it } from "vitest";
import type { Verdict } from "@arbiter/shared";
import { groupPassed, groupScore, scoreJudging, type JudgedGroup } from "./score";

const group = (
  name: string,
  points: number,
  verdicts: Verdict[],
  size = verdicts.length,
  sample = false,
): JudgedGroup => ({
  name,
  points,
  sample,
  size,
  tests: verdicts.map((verdict) => ({ verdict })),
});

describe("scoreJudging", () => {
  it("icpc: the first failure decides, score 100 or 0", () => {
    expect(scoreJudging("icpc", [group("sample", 0, ["AC"], 1, true), group("secret", 0, ["AC", "AC"])])).toEqual({
      verdict: "AC",
      score: 100,
    });
    expect(scoreJudging("icpc", [group("secret", 0, ["AC", "WA", "TLE"])])).toEqual({ verdict: "WA", score: 0 });
    // Stopped at the first failure: the untouched tests do not make it AC.
    expect(scoreJudging("icpc", [group("secret", 0, ["TLE"], 5)])).toEqual({ verdict: "TLE", score: 0 });
  });

  it("homework: percentage of tests passed, partial credit included", () => {
    expect(scoreJudging("homework", [group("secret", 0, ["AC", "WA", "AC", "AC"])])).toEqual({
      verdict: "WA",
      score: 75,
    });
    const partial: JudgedGroup = {
      name: "secret",
      points: 0,
      sample: false,
      size: 2,
      tests: [{ verdict: "AC" }, { verdict: "WA", fraction: 0.5 }],
    };
    expect(scoreJudging("homework", [partial]).score).toBe(75);
  });

  it("ioi: a group scores its minimum; skipped groups earn nothing", () => {
    const groups = [
      group("sample", 0, ["AC"], 1, true),
      group("secret/small", 30, ["AC", "AC"]),
      group("secret/large", 70, ["AC", "TLE"]),
    ];
    expect(scoreJudging("ioi", groups)).toEqual({ verdict: "TLE", score: 30 });
    const skipped = [group("secret/small", 30, ["WA"]), group("secret/large", 70, [], 3)];
    expect(scoreJudging("ioi", skipped)).toEqual({ verdict: "WA", score: 0 });
    const full = [group("secret/small", 30, ["AC"]), group("secret/large", 70, ["AC"])];
    expect(scoreJudging("ioi", full)).toEqual({ verdict: "AC", score: 100 });
  });

  it("ioi without points falls back to percentages", () => {
    expect(scoreJudging("ioi", [group("secret", 0, ["AC", "WA"])]).score).toBe(50);
  });

  it("samples count toward the verdict but not toward ioi points", () => {
    expect(scoreJudging("ioi", [group("sample", 0, ["WA"], 1, true), group("secret", 100, ["AC"])])).toEqual({
      verdict: "WA",
      score: 100,
    });
  });
});

describe("scoring problems as Kattis' default grader judges them", () => {
  const secret = (verdicts: Verdict[], graderFlags: string[] = []): JudgedGroup => ({
    ...group("secret", verdicts.length, verdicts),
    graderFlags,
  });
  it("reports the first failing test's verdict by default (first_error), not the worst", () => {
    expect(scoreJudging("ioi", [secret(["AC", "WA", "TLE"], ["sum"])]).verdict).toBe("WA");
    expect(scoreJudging("ioi", [secret(["AC", "WA", "TLE"], ["sum"])], { graderFlags: ["first_error"] }).verdict).toBe(
      "WA",
    );
    expect(scoreJudging("ioi", [secret(["AC", "WA", "TLE"], ["sum"])], { graderFlags: ["worst_error"] }).verdict).toBe(
      "TLE",
    );
  });
  it("accepts when any test is accepted under accept_if_any_accepted, and always under always_accept", () => {
    const groups = [secret(["WA", "AC", "TLE"], ["sum"])];
    expect(scoreJudging("ioi", groups, { graderFlags: ["accept_if_any_accepted"] })).toEqual({
      verdict: "AC",
      score: 1,
    });
    expect(scoreJudging("ioi", [secret(["WA"], ["sum"])], { graderFlags: ["accept_if_any_accepted"] }).verdict).toBe(
      "WA",
    );
    expect(scoreJudging("ioi", [secret(["WA"], ["sum"])], { graderFlags: ["always_accept"] }).verdict).toBe("AC");
  });
  it("leaves samples out of the verdict under ignore_sample", () => {
    const groups = [group("sample", 0, ["WA"], 1, true), secret(["AC"], ["sum"])];
    expect(scoreJudging("ioi", groups).verdict).toBe("WA");
    expect(scoreJudging("ioi", groups, { graderFlags: ["ignore_sample"] })).toEqual({ verdict: "AC", score: 1 });
  });
  it("takes each test's score.txt in place of its share (a validator scoring 74 gives 74, not 1)", () => {
    const scored: JudgedGroup = {
      ...secret(["AC"], ["sum"]),
      tests: [{ verdict: "AC", score: 74.25 }],
    };
    expect(scoreJudging("ioi", [scored])).toEqual({ verdict: "AC", score: 74.25 });
  });
  it("aggregates a group by its flags: sum, avg, min, max; unjudged tests are worth 0", () => {
    const g = (flags: string[], verdicts: Verdict[], size = verdicts.length): JudgedGroup => ({
      ...group("secret/a", 30, verdicts, size),
      graderFlags: flags,
    });
    expect(groupScore(g(["sum"], ["AC", "WA", "AC"]))).toBe(20);
    expect(groupScore(g(["avg"], ["AC", "WA", "AC"]))).toBe(20);
    expect(groupScore(g(["min"], ["AC", "WA", "AC"]))).toBe(0);
    expect(groupScore(g(["max"], ["AC", "WA", "WA"]))).toBe(30);
    expect(groupScore(g([], ["AC", "AC"]))).toBe(30);
    // on_reject: break stopped the group after the WA: the third test earns nothing.
    expect(groupScore(g(["sum"], ["AC", "WA"], 3))).toBe(10);
  });
});

describe("groupPassed", () => {
  it("needs every test judged and accepted", () => {
    expect(groupPassed(group("a", 1, ["AC", "AC"]))).toBe(true);
    expect(groupPassed(group("a", 1, ["AC"], 2))).toBe(false);
    expect(groupPassed(group("a", 1, ["AC", "WA"]))).toBe(false);
  });
});
