import { describe, expect, it } from "vitest";
import type { GradeRow } from "./buildGradeRows";
import { courseTotals } from "./courseTotals";

function row(userId: string, total: number): GradeRow {
  return { userId, email: `${userId}@example.com`, name: userId, section: null, problems: [], total };
}

describe("courseTotals", () => {
  it("sums each student's assignment totals and counts a missing row as 0", () => {
    const result = courseTotals([
      { assignment: "hw1", points: 100, rows: [row("ada", 86.5), row("bob", 40)] },
      { assignment: "hw2", points: 50, rows: [row("ada", 50), row("cy", 20.25)] },
    ]);
    expect(result.map((r) => [r.userId, r.assignments.map((a) => a.score), r.total, r.points])).toEqual([
      ["ada", [86.5, 50], 136.5, 150],
      ["bob", [40, 0], 40, 150],
      ["cy", [0, 20.25], 20.25, 150],
    ]);
  });

  it("is empty without assignments", () => {
    expect(courseTotals([])).toEqual([]);
  });
});
