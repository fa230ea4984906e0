import { describe, expect, it } from "vitest";
import { formatBytes, formatDateTime, formatMs, formatScore } from "./format";

describe("format", () => {
  it("shows sizes in binary units", () => {
    expect(formatBytes(59)).toBe("59 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(64 * 1024)).toBe("64 KiB");
    expect(formatBytes(3 * 1024 * 1024)).toBe("3.0 MiB");
  });

  it("shows limits in ms below a second and in seconds above", () => {
    expect(formatMs(800)).toBe("800 ms");
    expect(formatMs(1000)).toBe("1 s");
    expect(formatMs(2500)).toBe("2.5 s");
  });

  it("renders the same timestamp text on server and browser", () => {
    expect(formatDateTime("2026-11-22T18:23:49.442Z")).toBe("2026-11-22 18:23 UTC");
  });

  it("shows a missing score as a dash", () => {
    expect(formatScore(null)).toBe("—");
    expect(formatScore(1)).toBe("1");
    expect(formatScore(0.3333)).toBe("0.33");
  });
});
