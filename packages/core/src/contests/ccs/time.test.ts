import { describe, expect, it } from "vitest";
import { formatMinutes, formatRelTime, formatTime, parseRelTime, parseTime } from "./time";
import { ccsRelTimeSchema, ccsTimeSchema } from "./primitives";

describe("RELTIME", () => {
  it("writes h:mm:ss.uuu with unpadded hours, and a leading minus before the start", () => {
    expect(formatRelTime(0)).toBe("0:00:00.000");
    expect(formatRelTime(((1 * 60 + 22) * 60 + 5) * 1000 + 34)).toBe("1:22:05.034");
    expect(formatRelTime(27 * 3_600_000)).toBe("27:00:00.000");
    expect(formatRelTime(-(15 * 60_000 + 32_457))).toBe("-0:15:32.457");
  });

  it("reads back what it writes, and the spec's forms without milliseconds", () => {
    for (const ms of [0, 4_925_034, -932_457, 100 * 3_600_000 + 1]) expect(parseRelTime(formatRelTime(ms))).toBe(ms);
    expect(parseRelTime("0:20:00")).toBe(20 * 60_000);
    expect(() => parseRelTime("1:60:00")).toThrow(RangeError);
    expect(() => parseRelTime("20")).toThrow(RangeError);
  });
});

describe("TIME", () => {
  const instant = Date.UTC(2026, 5, 13, 16, 55, 28, 112);

  it("writes ISO 8601 with milliseconds and an explicit offset", () => {
    expect(formatTime(instant)).toBe("2026-06-13T16:55:28.112+00:00");
    expect(formatTime(instant, -240)).toBe("2026-06-13T12:55:28.112-04:00");
    expect(formatTime(instant, 330)).toBe("2026-06-13T22:25:28.112+05:30");
  });

  it("reads Z, hour-only and hour:minute offsets to the same instant", () => {
    expect(parseTime("2026-06-13T12:55:28.112-04")).toBe(instant);
    expect(parseTime("2026-06-13T12:55:28.112-04:00")).toBe(instant);
    expect(parseTime("2026-06-13T16:55:28.112Z")).toBe(instant);
    expect(parseTime("2026-06-13T16:55:28Z")).toBe(instant - 112);
    expect(() => parseTime("2026-06-13 16:55:28Z")).toThrow(RangeError);
  });

  it("produces strings the schemas accept", () => {
    expect(ccsTimeSchema.safeParse(formatTime(instant, 60)).success).toBe(true);
    expect(ccsRelTimeSchema.safeParse(formatRelTime(-1)).success).toBe(true);
    expect(ccsTimeSchema.safeParse("2026-06-13T16:55:28").success).toBe(false);
  });
});

describe("formatMinutes", () => {
  it("is an integer for 2023-06 and a RELTIME for 2026-01", () => {
    expect(formatMinutes(85, "2023-06")).toBe(85);
    expect(formatMinutes(85, "2026-01")).toBe("1:25:00.000");
  });
});
