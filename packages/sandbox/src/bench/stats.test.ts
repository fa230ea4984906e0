import { describe, expect, it } from "vitest";
import {
  coefficientOfVariation,
  mean,
  median,
  pairedDifferences,
  quantile,
  relativeSpread,
  standardDeviation,
  summarize,
} from "./stats";

describe("quantile", () => {
  it("interpolates between closest ranks like numpy's default", () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 1)).toBe(10);
    expect(quantile(values, 0.5)).toBeCloseTo(5.5);
    // numpy.percentile(range(1, 11), 95) == 9.55
    expect(quantile(values, 0.95)).toBeCloseTo(9.55);
  });

  it("does not depend on input order and leaves the input alone", () => {
    const values = [5, 1, 4, 2, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });

  it("returns the only value of a one-element sample", () => {
    expect(quantile([7], 0.95)).toBe(7);
  });

  it("rejects an empty sample and a q outside [0, 1]", () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe("spread measures", () => {
  it("computes the sample standard deviation and its ratio to the mean", () => {
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(values)).toBe(5);
    // sum of squared deviations is 32, over n − 1 = 7
    expect(standardDeviation(values)).toBeCloseTo(Math.sqrt(32 / 7));
    expect(coefficientOfVariation(values)).toBeCloseTo(Math.sqrt(32 / 7) / 5);
    expect(standardDeviation([3])).toBe(0);
  });

  it("measures (max − min) / median", () => {
    expect(relativeSpread([290, 300, 310])).toBeCloseTo(20 / 300);
    expect(relativeSpread([300, 300])).toBe(0);
  });
});

describe("summarize", () => {
  it("reports count, extremes, median, p95 and mean", () => {
    const summary = summarize([4, 1, 3, 2]);
    expect(summary).toMatchObject({ n: 4, min: 1, median: 2.5, max: 4, mean: 2.5 });
    expect(summary.p95).toBeCloseTo(3.85);
  });
});

describe("pairedDifferences", () => {
  it("subtracts element by element and refuses samples of different lengths", () => {
    expect(pairedDifferences([5, 7, 9], [1, 2, 3])).toEqual([4, 5, 6]);
    expect(() => pairedDifferences([1], [1, 2])).toThrow(RangeError);
  });
});
