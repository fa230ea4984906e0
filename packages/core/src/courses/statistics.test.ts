import { describe, expect, it } from "vitest";
import { scoreHistogram } from "./scoreHistogram";
import { problemStatistics, type StatSubmission } from "./statistics";

function s(userId: string, problem: string, minute: number, verdict: StatSubmission["verdict"]): StatSubmission {
  return { userId, problem, submittedAt: new Date(Date.UTC(2026, 8, 10, 12, minute)), verdict };
}

describe("problemStatistics", () => {
  const submissions = [
    // ada: WA, TLE, AC, AC → 3 attempts to AC
    s("ada", "sum", 1, "WA"),
    s("ada", "sum", 2, "TLE"),
    s("ada", "sum", 3, "AC"),
    s("ada", "sum", 4, "AC"),
    // bob: AC first → 1 attempt (listed out of order on purpose)
    s("bob", "sum", 9, "AC"),
    // cy: IE, WA, AC → IE is not an attempt, so 2
    s("cy", "sum", 5, "IE"),
    s("cy", "sum", 6, "WA"),
    s("cy", "sum", 7, "AC"),
    // di: tried, never solved; a pending one is ignored
    s("di", "sum", 1, "CE"),
    s("di", "sum", 2, null),
    s("ada", "graph", 1, "WA"),
  ];

  it("counts verdicts, with every verdict present", () => {
    const [sum] = problemStatistics(["sum"], submissions);
    expect(sum?.verdicts).toEqual({ AC: 4, WA: 2, TLE: 1, MLE: 0, RE: 0, OLE: 0, CE: 1, IE: 1 });
  });

  it("counts attempts until the first AC per student: median and distribution", () => {
    const [sum, graph] = problemStatistics(["sum", "graph"], submissions);
    expect(sum).toMatchObject({ triedBy: 4, solvedBy: 3, medianAttemptsToAc: 2 });
    expect(sum?.attemptsToAc).toEqual([
      { attempts: 1, students: 1 },
      { attempts: 2, students: 1 },
      { attempts: 3, students: 1 },
    ]);
    expect(graph).toMatchObject({ triedBy: 1, solvedBy: 0, medianAttemptsToAc: null, attemptsToAc: [] });
    expect(sum?.perStudent).toEqual([
      { userId: "ada", attempts: 4, attemptsToAc: 3 },
      { userId: "di", attempts: 1, attemptsToAc: null },
      { userId: "cy", attempts: 2, attemptsToAc: 2 },
      { userId: "bob", attempts: 1, attemptsToAc: 1 },
    ]);
  });

  it("takes the mean of the middle two for an even number of solvers", () => {
    const [p] = problemStatistics(
      ["p"],
      [s("a", "p", 1, "AC"), s("b", "p", 1, "WA"), s("b", "p", 2, "WA"), s("b", "p", 3, "WA"), s("b", "p", 4, "AC")],
    );
    expect(p?.medianAttemptsToAc).toBe(2.5);
  });
});

describe("scoreHistogram", () => {
  it("puts totals in half-open bins with the top one closed, so a full score lands in the last bar", () => {
    expect(scoreHistogram([0, 9.99, 10, 55, 100, 100], 100, 10).map((b) => b.count)).toEqual([
      2, 1, 0, 0, 0, 1, 0, 0, 0, 2,
    ]);
  });

  it("labels bins with rounded edges and clamps overrides above the maximum into the last bar", () => {
    const bins = scoreHistogram([101, -1, 50], 100, 3);
    expect(bins).toEqual([
      { from: 0, to: 33.33, count: 1 },
      { from: 33.33, to: 66.67, count: 1 },
      { from: 66.67, to: 100, count: 1 },
    ]);
  });

  it("refuses a maximum of 0 or a bin count that is not a positive whole number", () => {
    expect(() => scoreHistogram([1], 0)).toThrow(RangeError);
    expect(() => scoreHistogram([1], 10, 0)).toThrow(RangeError);
    expect(() => scoreHistogram([1], 10, 2.5)).toThrow(RangeError);
  });
});
