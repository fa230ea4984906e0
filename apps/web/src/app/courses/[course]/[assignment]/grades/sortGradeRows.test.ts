import type { GradeRow } from "@arbiter/core/courses";
import { describe, expect, it } from "vitest";
import { sortGradeRows } from "./sortGradeRows";

const row = (name: string, section: string | null, score: number, attempts: number): GradeRow => ({
  userId: name,
  email: `${name}@x.test`,
  name,
  section,
  total: score,
  problems: [
    { problem: "ab", score, points: 20, late: false, submissionId: null, attempts, submittedAt: null, override: null },
  ],
});

describe("sortGradeRows", () => {
  const rows = [row("bea", "Lab B", 10, 3), row("al", null, 20, 1), row("cy", "Lab A", 10, 2)];
  const names = (r: GradeRow[]) => r.map((x) => x.name);
  it("sorts by a problem's score, keeping the name order on ties", () => {
    expect(names(sortGradeRows(rows, "p:ab", "desc"))).toEqual(["al", "bea", "cy"]);
    expect(names(sortGradeRows(rows, "p:ab", "asc"))).toEqual(["bea", "cy", "al"]);
  });
  it("sorts by attempts, section and name", () => {
    expect(names(sortGradeRows(rows, "a:ab", "asc"))).toEqual(["al", "cy", "bea"]);
    expect(names(sortGradeRows(rows, "section", "asc"))).toEqual(["al", "cy", "bea"]);
    expect(names(sortGradeRows(rows, "unknown", "asc"))).toEqual(["al", "bea", "cy"]);
  });
});
