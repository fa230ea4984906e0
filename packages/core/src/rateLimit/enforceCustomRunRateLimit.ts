import type { Redis } from "ioredis";
import { enforceRateLimit } from "./enforceRateLimit";
import { RATE_LIMITS } from "./policies";

/** Refuses a custom run beyond `RATE_LIMITS.customRun` with `AppError("rate_limited")`. */
export async function enforceCustomRunRateLimit(redis: Redis, userId: string): Promise<void> {
  await enforceRateLimit(
    redis,
    RATE_LIMITS.customRun,
    userId,
    (ms) => `You are running code too fast; try again in ${Math.max(1, Math.ceil(ms / 1000))} s.`,
  );
}
