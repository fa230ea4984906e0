import { describe, expect, it } from "vitest";
import { takeToken, type BucketState, type RateLimitPolicy } from "./tokenBucket";

const policy: RateLimitPolicy = { name: "test", capacity: 6, refillIntervalMs: 10_000 };

/** Drives one bucket through time with a fake clock. */
function bucket() {
  let state: BucketState | null = null;
  let now = 1_700_000_000_000;
  return {
    advance(ms: number) {
      now += ms;
    },
    take(cost = 1) {
      const result = takeToken(state, now, policy, cost);
      state = result.state;
      return result.decision;
    },
  };
}

describe("takeToken", () => {
  it("allows a burst of `capacity`, then refuses with the wait for the next token", () => {
    const b = bucket();
    for (let i = 0; i < 6; i++) expect(b.take()).toEqual({ allowed: true, retryAfterMs: 0, remaining: 5 - i });
    expect(b.take()).toEqual({ allowed: false, retryAfterMs: 10_000, remaining: 0 });
    b.advance(4_000);
    expect(b.take()).toEqual({ allowed: false, retryAfterMs: 6_000, remaining: 0 });
  });

  it("earns one token per interval (6 a minute sustained)", () => {
    const b = bucket();
    for (let i = 0; i < 6; i++) b.take();
    let allowed = 0;
    for (let second = 0; second < 60; second++) {
      b.advance(1_000);
      if (b.take().allowed) allowed++;
    }
    expect(allowed).toBe(6);
  });

  it("never holds more than `capacity`, however long it was idle", () => {
    const b = bucket();
    b.take();
    b.advance(24 * 3600 * 1000);
    const decisions = Array.from({ length: 7 }, () => b.take().allowed);
    expect(decisions).toEqual([true, true, true, true, true, true, false]);
  });

  it("refunds nothing when the clock goes backwards", () => {
    const b = bucket();
    for (let i = 0; i < 6; i++) b.take();
    b.advance(-60_000);
    expect(b.take().allowed).toBe(false);
    b.advance(60_000 + 10_000);
    expect(b.take().allowed).toBe(true);
  });

  it("charges a cost of several tokens at once", () => {
    const b = bucket();
    expect(b.take(4).allowed).toBe(true);
    expect(b.take(4)).toEqual({ allowed: false, retryAfterMs: 20_000, remaining: 2 });
    expect(b.take(2).allowed).toBe(true);
  });
});
