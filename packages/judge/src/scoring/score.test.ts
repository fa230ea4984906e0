import { describe, expect, it } from "vitest";
import type { Verdict } from "@arbiter/shared";
import { groupPassed, scoreJudging, type JudgedGroup } from "./score";

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

describe("groupPassed", () => {
  it("needs every test judged and accepted", () => {
    expect(groupPassed(group("a", 1, ["AC", "AC"]))).toBe(true);
    expect(groupPassed(group("a", 1, ["AC"], 2))).toBe(false);
    expect(groupPassed(group("a", 1, ["AC", "WA"]))).toBe(false);
  });
});
