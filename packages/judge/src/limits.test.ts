import { describe, expect, it } from "vitest";
import { wallLimitFor } from "./limits";

describe("wallLimitFor", () => {
  it("gives the time limit plus the larger of 2 s and 10 %", () => {
    expect(wallLimitFor(1000)).toBe(3000);
    expect(wallLimitFor(5000)).toBe(7000);
    expect(wallLimitFor(30_000)).toBe(33_000);
  });
  it("stops a program sleeping 10 s under a 5 s limit before it ends", () => {
    expect(wallLimitFor(5000)).toBeLessThan(10_000);
  });
});
