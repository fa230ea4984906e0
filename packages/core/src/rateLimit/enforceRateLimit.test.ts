import type { Redis } from "ioredis";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isAppError } from "../errors";
import { enforceRateLimit, formatWait } from "./enforceRateLimit";
import { enforceSubmissionRateLimit } from "./enforceSubmissionRateLimit";

const policy = { name: "test", capacity: 1, refillIntervalMs: 1000 };

/** A Redis stand-in whose script call answers `reply`. */
function fakeRedis(reply: () => Promise<unknown>): Redis {
  return { eval: reply } as unknown as Redis;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("enforceRateLimit", () => {
  it("throws rate_limited (HTTP 429) with the wait in the message when refused", async () => {
    const redis = fakeRedis(async () => [0, 4_200, 0]);
    const error: unknown = await enforceSubmissionRateLimit(redis, "user-1").catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("rate_limited");
    expect(isAppError(error) && error.httpStatus).toBe(429);
    expect((error as Error).message).toBe("You are submitting too fast; try again in 5 s.");
  });

  it("passes when a token was taken", async () => {
    await expect(
      enforceRateLimit(
        fakeRedis(async () => [1, 0, 3]),
        policy,
        "x",
        () => "no",
      ),
    ).resolves.toBeUndefined();
  });

  it("fails open (and logs) when Redis errors or does not answer", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(
      enforceRateLimit(
        fakeRedis(() => Promise.reject(new Error("ECONNREFUSED"))),
        policy,
        "x",
        () => "no",
      ),
    ).resolves.toBeUndefined();
    vi.useFakeTimers();
    try {
      const pending = enforceRateLimit(
        fakeRedis(() => new Promise(() => undefined)),
        policy,
        "x",
        () => "no",
      );
      await vi.advanceTimersByTimeAsync(1000);
      await expect(pending).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    expect(log).toHaveBeenCalled();
  });
});

describe("formatWait", () => {
  it("rounds up to seconds, then to minutes", () => {
    expect(formatWait(1)).toBe("1 s");
    expect(formatWait(29_001)).toBe("30 s");
    expect(formatWait(89_000)).toBe("89 s");
    expect(formatWait(90_000)).toBe("2 min");
    expect(formatWait(600_000)).toBe("10 min");
  });
});
