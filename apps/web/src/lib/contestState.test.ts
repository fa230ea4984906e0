import { describe, expect, it } from "vitest";
import { contestPhase, formatCountdown } from "./contestState";

const c = {
  startsAt: new Date("2026-04-01T10:00:00Z"),
  endsAt: new Date("2026-04-01T15:00:00Z"),
  freezeAt: new Date("2026-04-01T14:00:00Z"),
  thawedAt: null,
};
const at = (iso: string) => new Date(iso).getTime();

describe("contestPhase", () => {
  it("is upcoming, running, frozen, then over (start and freeze inclusive, end exclusive)", () => {
    expect(contestPhase(c, at("2026-04-01T09:59:59Z"))).toBe("upcoming");
    expect(contestPhase(c, at("2026-04-01T10:00:00Z"))).toBe("running");
    expect(contestPhase(c, at("2026-04-01T14:00:00Z"))).toBe("frozen");
    expect(contestPhase(c, at("2026-04-01T15:00:00Z"))).toBe("over");
    expect(contestPhase({ ...c, freezeAt: null }, at("2026-04-01T14:30:00Z"))).toBe("running");
  });
});

describe("formatCountdown", () => {
  it("shows days, hours or minutes and seconds", () => {
    expect(formatCountdown(2 * 86_400_000 + 3 * 3_600_000)).toBe("2 d 3 h");
    expect(formatCountdown(3_600_000 + 5 * 60_000)).toBe("1 h 05 min");
    expect(formatCountdown(4 * 60_000 + 9_000)).toBe("4 min 09 s");
    expect(formatCountdown(-5)).toBe("0 min 00 s");
  });
});
