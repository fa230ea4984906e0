import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration";

describe("formatDuration", () => {
  it("keeps the two largest units and rounds down", () => {
    expect(formatDuration(30_000)).toBe("less than a minute");
    expect(formatDuration(45 * 60_000 + 59_000)).toBe("45 min");
    expect(formatDuration(12 * 3_600_000)).toBe("12 h");
    expect(formatDuration(5 * 3_600_000 + 20 * 60_000)).toBe("5 h 20 min");
    expect(formatDuration(2 * 86_400_000 + 3 * 3_600_000 + 59 * 60_000)).toBe("2 d 3 h");
    expect(formatDuration(-5)).toBe("less than a minute");
  });
});
