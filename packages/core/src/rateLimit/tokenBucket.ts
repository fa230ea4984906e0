/**
 * A token bucket: up to `capacity` actions at once (the burst), then one more every
 * `refillIntervalMs`. Equivalent to "`capacity` per `capacity × refillIntervalMs`"
 * sustained, without the edge-of-window double burst of fixed windows.
 */
export interface RateLimitPolicy {
  /** Names the Redis keys (`arbiter:rl:<name>:…`) and appears in logs. */
  name: string;
  /** Tokens in a full bucket: how many actions may happen back to back. */
  capacity: number;
  /** Milliseconds to earn back one token. */
  refillIntervalMs: number;
}

/**
 * A bucket as stored: its "theoretical arrival time" in ms (GCRA). The bucket is full
 * when it is at or before now, and holds `(now + capacity × interval − tat) / interval`
 * tokens otherwise. One integer instead of a fractional token count and a timestamp:
 * no floating-point drift, and the key can expire exactly when the bucket is full.
 */
export type BucketState = number;

export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: milliseconds until the action would be allowed; 0 when allowed. */
  retryAfterMs: number;
  /** Whole tokens left after this decision. */
  remaining: number;
}

/**
 * Takes `cost` tokens from a bucket at time `nowMs` (the generic cell rate algorithm,
 * which is a token bucket kept as one timestamp). A missing state is a full bucket; a
 * clock that went backwards refunds nothing. This is the reference for the Redis script
 * in `consumeRateLimit`, which must decide identically (checked by its integration test).
 */
export function takeToken(
  state: BucketState | null,
  nowMs: number,
  policy: RateLimitPolicy,
  cost = 1,
): { decision: RateLimitDecision; state: BucketState | null } {
  const { capacity, refillIntervalMs: interval } = policy;
  const tat = Math.max(state ?? nowMs, nowMs);
  const newTat = tat + cost * interval;
  const allowAt = newTat - capacity * interval;
  if (nowMs < allowAt) {
    const remaining = Math.floor((nowMs + capacity * interval - tat) / interval);
    return { decision: { allowed: false, retryAfterMs: allowAt - nowMs, remaining }, state };
  }
  const remaining = Math.floor((nowMs - allowAt) / interval);
  return { decision: { allowed: true, retryAfterMs: 0, remaining }, state: newTat };
}
