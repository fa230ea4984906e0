import { describe, expect, it } from "vitest";
import { formatDeadline } from "./formatDeadline";

describe("formatDeadline", () => {
  it("writes UTC by default, with fixed English names and a 24-hour clock", () => {
    expect(formatDeadline(new Date("2026-09-15T23:05:00Z"))).toBe("Tue, 15 Sep 2026, 23:05 UTC");
    expect(formatDeadline(new Date("2026-01-01T00:00:00Z"))).toBe("Thu, 1 Jan 2026, 00:00 UTC");
  });

  it("writes the viewer's zone, with the date as it is there", () => {
    expect(formatDeadline(new Date("2026-09-15T23:05:00Z"), "Asia/Tokyo")).toBe("Wed, 16 Sep 2026, 08:05 GMT+9");
  });

  it("falls back to UTC for a zone it does not know instead of throwing", () => {
    expect(formatDeadline(new Date("2026-09-15T23:05:00Z"), "Mars/Olympus")).toBe("Tue, 15 Sep 2026, 23:05 UTC");
  });
});
