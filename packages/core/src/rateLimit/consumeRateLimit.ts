import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import type { RateLimitDecision, RateLimitPolicy } from "./tokenBucket";

/**
 * `takeToken` as one atomic Redis script, so concurrent requests on any number of web
 * servers share a bucket. The key holds the bucket's theoretical arrival time and
 * expires when the bucket is full again: a full bucket and no key mean the same.
 */
const TOKEN_BUCKET_SCRIPT = `
local capacity = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local cost = tonumber(ARGV[4])
local dryRun = ARGV[5] == '1'
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local newTat = tat + cost * interval
local allowAt = newTat - capacity * interval
if now < allowAt then
  return {0, allowAt - now, math.floor((now + capacity * interval - tat) / interval)}
end
if not dryRun then
  redis.call('SET', KEYS[1], string.format('%d', newTat), 'PX', newTat - now)
end
return {1, 0, math.floor((now - allowAt) / interval)}
`;

export interface ConsumeOptions {
  /** The current time in ms; tests pass a fake clock. */
  nowMs?: number;
  cost?: number;
  /** Only ask: the decision taking a token would get, leaving the bucket as it is. */
  dryRun?: boolean;
}

/**
 * The Redis key of one bucket. Identifiers (emails, IPs, user ids) are hashed so no
 * personal data sits in Redis and a hostile identifier cannot make a huge key.
 */
export function rateLimitKey(policy: RateLimitPolicy, identifier: string): string {
  const digest = createHash("sha256").update(identifier, "utf8").digest("base64url").slice(0, 22);
  return `arbiter:rl:${policy.name}:${digest}`;
}

/**
 * Takes a token from `identifier`'s bucket under `policy`, atomically in Redis; with
 * `dryRun`, only asks whether one could be taken.
 */
export async function consumeRateLimit(
  redis: Redis,
  policy: RateLimitPolicy,
  identifier: string,
  { nowMs = Date.now(), cost = 1, dryRun = false }: ConsumeOptions = {},
): Promise<RateLimitDecision> {
  const reply = (await redis.eval(
    TOKEN_BUCKET_SCRIPT,
    1,
    rateLimitKey(policy, identifier),
    policy.capacity,
    policy.refillIntervalMs,
    nowMs,
    cost,
    dryRun ? "1" : "0",
  )) as [number, number, number];
  const [allowed, retryAfterMs, remaining] = reply;
  return { allowed: allowed === 1, retryAfterMs, remaining };
}
