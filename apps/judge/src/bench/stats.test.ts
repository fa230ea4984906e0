import { describe, expect, it } from "vitest";
import { mean, percentile } from "./stats";

describe("percentile", () => {
  it("interpolates between closest ranks", () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5], 95)).toBeCloseTo(4.8);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
  it("averages", () => {
    expect(mean([1, 2, 6])).toBe(3);
  });
});
