import type { Redis } from "ioredis";
import { enforceRateLimit } from "./enforceRateLimit";
import { RATE_LIMITS } from "./policies";

/**
 * Refuses a user's submission when they submit faster than `RATE_LIMITS.submission`
 * (10 at once, then 6 a minute): throws `AppError("rate_limited")`, HTTP 429. Call it
 * before `createSubmission`, so a refused submission is never stored.
 */
export async function enforceSubmissionRateLimit(redis: Redis, userId: string): Promise<void> {
  await enforceRateLimit(
    redis,
    RATE_LIMITS.submission,
    userId,
    (ms) => `You are submitting too fast; try again in ${Math.max(1, Math.ceil(ms / 1000))} s.`,
  );
}
