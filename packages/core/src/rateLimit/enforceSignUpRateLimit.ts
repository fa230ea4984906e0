import type { Redis } from "ioredis";
import { enforceRateLimit, formatWait } from "./enforceRateLimit";
import { RATE_LIMITS } from "./policies";

/** Refuses account creation from an address beyond `RATE_LIMITS.signUpPerIp`. */
export async function enforceSignUpRateLimit(redis: Redis, ip: string | null): Promise<void> {
  if (!ip) return;
  await enforceRateLimit(
    redis,
    RATE_LIMITS.signUpPerIp,
    ip,
    (ms) => `Too many accounts were created from your network. Please wait ${formatWait(ms)} and try again.`,
  );
}
