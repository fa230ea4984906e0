import { describe, expect, it } from "vitest";
import { scoreScale } from "./scoreScale";

describe("scoreScale", () => {
  it("is a percentage for icpc and homework whatever the groups say", () => {
    expect(scoreScale("icpc", [{ name: "secret", points: 40 }])).toEqual({ unit: "percent", max: 100 });
    expect(scoreScale("homework", [])).toEqual({ unit: "percent", max: 100 });
  });

  it("counts the points of non-sample groups for ioi", () => {
    const groups = [
      { name: "sample", points: 5 },
      { name: "sample/extra", points: 5 },
      { name: "secret/group1", points: 30 },
      { name: "secret/group2", points: 70.5 },
    ];
    expect(scoreScale("ioi", groups)).toEqual({ unit: "points", max: 100.5 });
  });

  it("falls back to a percentage for ioi without points, like the judge", () => {
    expect(scoreScale("ioi", [{ name: "secret", points: 0 }])).toEqual({ unit: "percent", max: 100 });
  });
});
