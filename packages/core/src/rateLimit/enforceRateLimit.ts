import type { Redis } from "ioredis";
import { AppError } from "../errors";
import { consumeRateLimit, type ConsumeOptions } from "./consumeRateLimit";
import type { RateLimitDecision, RateLimitPolicy } from "./tokenBucket";

/** How long a rate-limit check may wait for Redis before letting the action through, in ms. */
const REDIS_TIMEOUT_MS = 1000;

/**
 * Takes a token or throws `AppError("rate_limited")` with `message(retryAfterMs)`.
 *
 * Fails open: when Redis is unreachable or slow the action is allowed and the problem
 * is logged. Refusing every sign-in and submission during a Redis outage would hurt
 * far more than a few minutes without brute-force limits (passwords are scrypt-hashed,
 * submissions are still stored and queued by the database).
 */
export async function enforceRateLimit(
  redis: Redis,
  policy: RateLimitPolicy,
  identifier: string,
  message: (retryAfterMs: number) => string,
): Promise<void> {
  const decision = await decideRateLimit(redis, policy, identifier);
  if (decision && !decision.allowed) throw new AppError("rate_limited", message(decision.retryAfterMs));
}

/**
 * `consumeRateLimit` within `REDIS_TIMEOUT_MS`, or null (logged) when Redis fails or is
 * slow: callers treat null as "allowed" (fail open, as `enforceRateLimit` explains).
 */
export async function decideRateLimit(
  redis: Redis,
  policy: RateLimitPolicy,
  identifier: string,
  options: ConsumeOptions = {},
): Promise<RateLimitDecision | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), REDIS_TIMEOUT_MS);
  });
  try {
    const decision = await Promise.race([consumeRateLimit(redis, policy, identifier, options), timeout]);
    if (decision !== "timeout") return decision;
    logUnavailable(policy, `no answer within ${REDIS_TIMEOUT_MS} ms`);
    return null;
  } catch (error) {
    logUnavailable(policy, error instanceof Error ? error.message : String(error));
    return null;
  } finally {
    clearTimeout(timer);
  }
}

let lastLogMs = 0;

/** At most one line every 30 s: an outage must not flood the log. */
function logUnavailable(policy: RateLimitPolicy, detail: string): void {
  const now = Date.now();
  if (now - lastLogMs < 30_000) return;
  lastLogMs = now;
  console.error(`[rate-limit] Redis unavailable, allowing ${policy.name} without a limit: ${detail}`);
}

/** "12 s" below a minute and a half, else "3 min" (rounded up: never promise too early). */
export function formatWait(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return seconds < 90 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}
