import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "../errors";
import { consumeRateLimit, rateLimitKey } from "./consumeRateLimit";
import { checkSignInAttempt, recordSignInFailure } from "./signInLimits";
import { enforceSubmissionRateLimit } from "./enforceSubmissionRateLimit";
import { RATE_LIMITS } from "./policies";
import { takeToken, type BucketState, type RateLimitPolicy } from "./tokenBucket";

// The Redis script against real Redis: same decisions as the reference, atomic, self-cleaning.
const run = randomBytes(4).toString("hex");
let redis: Redis;

beforeAll(() => {
  const url = process.env.REDIS_URL;
  if (!url) throw new Error("REDIS_URL is not set: run integration tests through `npm test`");
  redis = new Redis(url, { maxRetriesPerRequest: 1 });
});

afterAll(async () => {
  const keys = await redis.keys(`arbiter:rl:itest-${run}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

function policyFor(label: string, capacity = 6, refillIntervalMs = 10_000): RateLimitPolicy {
  return { name: `itest-${run}-${label}`, capacity, refillIntervalMs };
}

describe("consumeRateLimit (Redis)", () => {
  it("decides exactly like takeToken along a random timeline (fake clock)", async () => {
    const policy = policyFor("parity", 5, 7_000);
    let state: BucketState | null = null;
    let now = 1_800_000_000_000;
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let step = 0; step < 200; step++) {
      now += Math.floor(random() * 6_000);
      const cost = random() < 0.1 ? 2 : 1;
      const expected = takeToken(state, now, policy, cost);
      state = expected.state;
      expect(await consumeRateLimit(redis, policy, "parity", { nowMs: now, cost })).toEqual(expected.decision);
    }
  });

  it("lets exactly `capacity` of many concurrent requests through", async () => {
    const policy = policyFor("race");
    const decisions = await Promise.all(
      Array.from({ length: 30 }, () => consumeRateLimit(redis, policy, "race", { nowMs: 1_000 })),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(6);
  });

  it("keeps buckets apart per identifier and stores no identifier in clear", async () => {
    const policy = policyFor("apart", 1);
    expect((await consumeRateLimit(redis, policy, "alice@example.test")).allowed).toBe(true);
    expect((await consumeRateLimit(redis, policy, "alice@example.test")).allowed).toBe(false);
    expect((await consumeRateLimit(redis, policy, "bob@example.test")).allowed).toBe(true);
    const key = rateLimitKey(policy, "alice@example.test");
    expect(key).not.toContain("alice");
    expect(await redis.exists(key)).toBe(1);
  });

  it("expires a bucket's key once it would be full again", async () => {
    const policy = policyFor("ttl", 2, 100);
    await consumeRateLimit(redis, policy, "ttl");
    const ttl = await redis.pttl(rateLimitKey(policy, "ttl"));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(100);
  });
});

describe("enforce* (Redis)", () => {
  it("refuses one quick submission too many with a 429 message, not another user's", async () => {
    const user = `itest-user-${run}`;
    try {
      for (let i = 0; i < RATE_LIMITS.submission.capacity; i++) await enforceSubmissionRateLimit(redis, user);
      const error: unknown = await enforceSubmissionRateLimit(redis, user).catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe("rate_limited");
      expect((error as Error).message).toMatch(/^You are submitting too fast; try again in (9|10) s\.$/);
      await expect(enforceSubmissionRateLimit(redis, `${user}-other`)).resolves.toBeUndefined();
    } finally {
      await redis.del(
        rateLimitKey(RATE_LIMITS.submission, user),
        rateLimitKey(RATE_LIMITS.submission, `${user}-other`),
      );
    }
  });

  describe("sign-in limits", () => {
    const email = `itest-signin-${run}@example.test`;
    const keys: string[] = [];
    const failFrom = async (ip: string | null, account = email) => {
      await checkSignInAttempt(redis, { email: account, ip });
      await recordSignInFailure(redis, { email: account, ip });
      if (ip) {
        keys.push(
          rateLimitKey(RATE_LIMITS.signInPerIp, ip),
          rateLimitKey(RATE_LIMITS.signInFailuresPerAddress, ip),
          rateLimitKey(RATE_LIMITS.signInFailuresPerAccountAddress, `${account.toLowerCase()}\u0000${ip}`),
        );
      }
      keys.push(rateLimitKey(RATE_LIMITS.signInFailuresPerAccount, account.toLowerCase()));
    };
    const refusal = (ip: string | null, account = email) =>
      checkSignInAttempt(redis, { email: account, ip }).then(
        () => null,
        (e: unknown) => e,
      );

    afterAll(async () => {
      await redis.del(...new Set(keys), rateLimitKey(RATE_LIMITS.signInPerIp, "10.9.9.9"));
    });

    it("lets the owner in from a clean address after strangers failed from twelve others", async () => {
      for (let i = 0; i < 12; i++) await failFrom(`10.9.0.${i}`, email.toUpperCase());
      // The account's brake is on: an address that has been failing is refused...
      const error = await refusal("10.9.0.3");
      expect(isAppError(error) && error.code).toBe("rate_limited");
      expect((error as Error).message).toMatch(/^Too many sign-in attempts\. Please wait \d+ s and try again\.$/);
      // ...so is an unknown one (nothing says it is clean)...
      expect(isAppError(await refusal(null)) && "refused").toBe("refused");
      // ...but an address with no failures still gets its password checked.
      expect(await refusal("10.9.9.9")).toBeNull();
    });

    it("limits wrong passwords per account and address, and per address", async () => {
      const other = `itest-signin-other-${run}@example.test`;
      for (let i = 0; i < RATE_LIMITS.signInFailuresPerAccountAddress.capacity; i++) await failFrom("10.9.1.1", other);
      expect(isAppError(await refusal("10.9.1.1", other)) && "refused").toBe("refused");
      // The same address may still sign in to another account, and this account from elsewhere.
      expect(await refusal("10.9.1.1", `third-${other}`)).toBeNull();
      expect(await refusal("10.9.1.2", other)).toBeNull();

      // An address failing on many accounts is stopped whatever the account.
      const remaining =
        RATE_LIMITS.signInFailuresPerAddress.capacity - RATE_LIMITS.signInFailuresPerAccountAddress.capacity;
      for (let i = 0; i < remaining; i++) await failFrom("10.9.1.1", `many-${i}-${other}`);
      expect(isAppError(await refusal("10.9.1.1", `fresh-${other}`)) && "refused").toBe("refused");
    });
  });
});
