import type { Redis } from "ioredis";
import { enforceRateLimit } from "./enforceRateLimit";
import { RATE_LIMITS } from "./policies";

/** Refuses a user's course join attempts beyond `RATE_LIMITS.joinCourse`: join codes are not for guessing. */
export async function enforceJoinCourseRateLimit(redis: Redis, userId: string): Promise<void> {
  await enforceRateLimit(
    redis,
    RATE_LIMITS.joinCourse,
    userId,
    (ms) => `Too many join attempts; try again in ${Math.max(1, Math.ceil(ms / 1000))} s.`,
  );
}
