import { describe, expect, it } from "vitest";
import { checkTimeLimit } from "./timeLimitBounds";

describe("checkTimeLimit", () => {
  it("needs twice the slowest run of what must not time out", () => {
    const examples = [
      { bound: "lower" as const, slowestMs: 300, passed: true },
      { bound: "lower" as const, slowestMs: 600, passed: true },
      { bound: "upper" as const, slowestMs: 5000, passed: true },
      // A failed example says nothing about the limit.
      { bound: "lower" as const, slowestMs: 4000, passed: false },
    ];
    expect(checkTimeLimit(1000, examples)).toEqual({
      slowestLowerMs: 600,
      neededTimeLimitMs: 1200,
      acToTimeLimit: 2,
      ok: false,
    });
    expect(checkTimeLimit(1200, examples).ok).toBe(true);
    expect(checkTimeLimit(1000, []).ok).toBe(true);
  });
});
