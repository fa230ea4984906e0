import type { Redis } from "ioredis";
import { AppError } from "../errors";
import { normalizeEmail } from "../users/email";
import { decideRateLimit, formatWait } from "./enforceRateLimit";
import { RATE_LIMITS } from "./policies";
import type { RateLimitDecision } from "./tokenBucket";

export interface SignInAttempt {
  email: string;
  /** The client's address, or null when it is unknown (then it never counts as clean). */
  ip: string | null;
}

const GLOBAL = "all";

/**
 * Whether a password may be checked at all; throws `AppError("rate_limited")` if not.
 * Call before checking a password (sign-in, password change), and `recordSignInFailure`
 * when it was wrong. Only failures count, and they count per (account, address) and per
 * address, so strangers guessing from elsewhere cannot lock the owner out. The brakes
 * per account and on the whole site, once tripped, refuse only addresses that have
 * been failing (or are unknown): a correct password from a clean address still gets in.
 */
export async function checkSignInAttempt(redis: Redis, { email, ip }: SignInAttempt): Promise<void> {
  const account = normalizeEmail(email);
  const peek = { dryRun: true };
  const refuse = (decision: RateLimitDecision) => {
    throw new AppError(
      "rate_limited",
      `Too many sign-in attempts. Please wait ${formatWait(decision.retryAfterMs)} and try again.`,
    );
  };

  let addressFailures: RateLimitDecision | null = null;
  if (ip) {
    const attempts = await decideRateLimit(redis, RATE_LIMITS.signInPerIp, ip);
    if (attempts && !attempts.allowed) refuse(attempts);
    const [pair, address] = await Promise.all([
      decideRateLimit(redis, RATE_LIMITS.signInFailuresPerAccountAddress, pairKey(account, ip), peek),
      decideRateLimit(redis, RATE_LIMITS.signInFailuresPerAddress, ip, peek),
    ]);
    if (pair && !pair.allowed) refuse(pair);
    if (address && !address.allowed) refuse(address);
    addressFailures = address;
  }

  const [perAccount, global] = await Promise.all([
    decideRateLimit(redis, RATE_LIMITS.signInFailuresPerAccount, account, peek),
    decideRateLimit(redis, RATE_LIMITS.signInFailuresGlobal, GLOBAL, peek),
  ]);
  const braked = [perAccount, global].find((d) => d && !d.allowed);
  if (!braked) return;
  // A full bucket after a (dry) take has capacity − 1 left: this address has no recent failure.
  const clean =
    addressFailures !== null && addressFailures.remaining >= RATE_LIMITS.signInFailuresPerAddress.capacity - 1;
  if (!clean) refuse(braked);
}

/** Counts a wrong password in every bucket `checkSignInAttempt` looks at. */
export async function recordSignInFailure(redis: Redis, { email, ip }: SignInAttempt): Promise<void> {
  const account = normalizeEmail(email);
  await Promise.all([
    decideRateLimit(redis, RATE_LIMITS.signInFailuresPerAccount, account),
    decideRateLimit(redis, RATE_LIMITS.signInFailuresGlobal, GLOBAL),
    ...(ip
      ? [
          decideRateLimit(redis, RATE_LIMITS.signInFailuresPerAccountAddress, pairKey(account, ip)),
          decideRateLimit(redis, RATE_LIMITS.signInFailuresPerAddress, ip),
        ]
      : []),
  ]);
}

/** The bucket of one (account, address) pair; NUL cannot occur in either part. */
function pairKey(account: string, ip: string): string {
  return `${account}\u0000${ip}`;
}
