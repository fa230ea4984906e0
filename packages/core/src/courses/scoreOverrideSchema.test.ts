import { describe, expect, it } from "vitest";
import { scoreOverrideSchema } from "./scoreOverrideSchema";

describe("scoreOverrideSchema", () => {
  const schema = scoreOverrideSchema(30);

  it("accepts 0 to the problem's points with a reason, trimmed", () => {
    expect(schema.parse({ score: 30, reason: "  regraded by hand " })).toEqual({
      score: 30,
      reason: "regraded by hand",
    });
    expect(schema.parse({ score: 0.29, reason: "x" }).score).toBe(0.29);
  });

  it("refuses more than the points, negative scores, three decimals and an empty reason", () => {
    const message = (input: unknown) => schema.safeParse(input).error?.issues[0]?.message;
    expect(message({ score: 30.5, reason: "x" })).toBe("The score can be at most 30 (the problem's points).");
    expect(message({ score: -1, reason: "x" })).toBe("The score cannot be negative.");
    expect(message({ score: 1.234, reason: "x" })).toBe("Use at most two decimals.");
    expect(message({ score: 3, reason: "   " })).toBe("Give a reason for the override.");
  });
});
