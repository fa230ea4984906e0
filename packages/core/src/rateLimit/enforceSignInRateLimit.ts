import type { Redis } from "ioredis";
import { normalizeEmail } from "../users/email";
import { enforceRateLimit, formatWait } from "./enforceRateLimit";
import { RATE_LIMITS } from "./policies";

export interface SignInAttempt {
  email: string;
  /** The client's address, or null when it is unknown (then only the per-email limit applies). */
  ip: string | null;
}

/**
 * Counts a sign-in attempt against the caller's address and against the account, before
 * the password is checked; throws `AppError("rate_limited")` when either is exhausted.
 * The address is checked first, so an address that is already refused cannot also
 * drain the account's bucket.
 */
export async function enforceSignInRateLimit(redis: Redis, { email, ip }: SignInAttempt): Promise<void> {
  const message = (ms: number) => `Too many sign-in attempts. Please wait ${formatWait(ms)} and try again.`;
  if (ip) await enforceRateLimit(redis, RATE_LIMITS.signInPerIp, ip, message);
  await enforceRateLimit(redis, RATE_LIMITS.signInPerEmail, normalizeEmail(email), message);
}
