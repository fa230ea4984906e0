import "server-only";
import { headers } from "next/headers";
import { Redis } from "ioredis";
import { PEER_ADDRESS_HEADER, getEnv } from "./env";
import { resolveClientAddress } from "./trustedProxies";

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
 * The client's IP address for per-address limits. The socket's peer, as server.mjs wrote
 * it on `PEER_ADDRESS_HEADER`; `X-Forwarded-For` counts only through the proxies the
 * operator declared in `TRUSTED_PROXIES`, so a client cannot choose its own address.
 * Null when unknown (under `next dev`, which does not stamp the peer).
 */
export async function clientIp(): Promise<string | null> {
  const env = getEnv();
  if (!env.ARBITER_STAMPS_PEER) return null;
  const h = await headers();
  return resolveClientAddress(h.get(PEER_ADDRESS_HEADER), h.get("x-forwarded-for"), env.TRUSTED_PROXIES);
}
