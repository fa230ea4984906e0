import { describe, expect, it } from "vitest";
import { DIFFICULTY_LABELS, parseDifficulty } from "./difficulty";

describe("parseDifficulty", () => {
  it("accepts 1 to 5 and ignores anything else", () => {
    expect([1, 2, 3, 4, 5].map((n) => parseDifficulty(String(n)))).toEqual([1, 2, 3, 4, 5]);
    for (const bad of [undefined, "", "0", "6", "2.5", " 3", "3 ", "easy", "-1"]) {
      expect(parseDifficulty(bad)).toBeUndefined();
    }
    expect(Object.keys(DIFFICULTY_LABELS)).toHaveLength(5);
  });
});
