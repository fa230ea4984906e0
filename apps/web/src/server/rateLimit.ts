import "server-only";
import { headers } from "next/headers";
import { Redis } from "ioredis";
import { getEnv } from "./env";

// Kept on globalThis so dev-mode hot reloads reuse the connection instead of leaking it.
const globalForRateLimit = globalThis as unknown as { arbiterRateLimitRedis?: Redis };

/**
 * The Redis connection for rate limits (sign-in, sign-up, submissions, custom runs).
 * Commands wait for a first connection but give up after one failed reconnect; the
 * limit checks themselves stop waiting after a second and let the action through
 * (see `enforceRateLimit` in @arbiter/core), so a Redis outage never blocks students.
 */
export function getRateLimitRedis(): Redis {
  if (globalForRateLimit.arbiterRateLimitRedis) return globalForRateLimit.arbiterRateLimitRedis;
  const redis = new Redis(getEnv().REDIS_URL, {
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
  });
  // Failures are reported by enforceRateLimit (rate-limited); this only silences ioredis.
  redis.on("error", () => undefined);
  globalForRateLimit.arbiterRateLimitRedis = redis;
  return redis;
}

/**
 * The client's IP address for per-address limits: the last `X-Forwarded-For` entry,
 * which is the one our own reverse proxy appended (entries before it are whatever the
 * client sent). Without a proxy, Next.js fills the header from the socket only when the
 * client did not send one, so deployments must run behind a proxy that sets it (see
 * apps/web/AUTH.md). Null when unknown.
 */
export async function clientIp(): Promise<string | null> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return (last || h.get("x-real-ip")?.trim() || null)?.slice(0, 64) ?? null;
}
