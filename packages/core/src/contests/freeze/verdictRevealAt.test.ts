import { describe, expect, it } from "vitest";
import { MIN, participant, sub } from "../testJournal";
import type { ContestTimes } from "./boardVisibility";
import { canSeeVerdict } from "./canSeeVerdict";
import { verdictRevealAtMs } from "./verdictRevealAt";

const T0 = Date.UTC(2026, 11, 2, 10, 0, 0);
const times: ContestTimes = {
  startMs: T0,
  endMs: T0 + 300 * MIN,
  freezeAtMs: T0 + 240 * MIN,
  thawAtMs: T0 + 320 * MIN,
  hideBoardUntilEnd: false,
};

describe("verdictRevealAtMs", () => {
  it("reveals a pre-freeze verdict at once and a post-freeze one at the thaw", () => {
    expect(verdictRevealAtMs(T0 + 239 * MIN, times)).toBe(Number.NEGATIVE_INFINITY);
    expect(verdictRevealAtMs(T0 + 240 * MIN, times)).toBe(T0 + 320 * MIN);
  });

  it("is null while a frozen board has no thaw, and waits for the end on a hidden board", () => {
    expect(verdictRevealAtMs(T0 + 250 * MIN, { ...times, thawAtMs: null })).toBeNull();
    expect(verdictRevealAtMs(T0 + MIN, { ...times, hideBoardUntilEnd: true })).toBe(T0 + 300 * MIN);
    expect(verdictRevealAtMs(T0 + 250 * MIN, { ...times, hideBoardUntilEnd: true })).toBe(T0 + 320 * MIN);
  });

  it("agrees with canSeeVerdict for the public at every minute", () => {
    for (const variant of [times, { ...times, thawAtMs: null }, { ...times, hideBoardUntilEnd: true }]) {
      for (let made = 0; made < 300; made += 7) {
        const s = sub("p1", "A", made, "WA");
        const reveal = verdictRevealAtMs(T0 + made * MIN, variant);
        for (let now = made; now < 400; now += 5) {
          const seen = canSeeVerdict(s, participant("p1"), variant, T0 + now * MIN, { kind: "public" });
          expect(seen).toBe(reveal !== null && T0 + now * MIN >= reveal);
        }
      }
    }
  });
});
