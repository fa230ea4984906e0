import type { RateLimitPolicy } from "./tokenBucket";

/**
 * Every rate limit in Arbiter. Capacities allow a whole lab behind one NAT address to
 * sign in at the start of a class; refill rates bound what a script can do.
 */
export const RATE_LIMITS = {
  /**
   * Judging is the scarce resource: 10 submissions at once (a student fixing a typo,
   * or a test suite), then 6 a minute.
   */
  submission: { name: "submit", capacity: 10, refillIntervalMs: 10_000 },
  /** Custom runs are cheaper (one test) but still use a sandbox: 10 at once, then 10 a minute. */
  customRun: { name: "custom-run", capacity: 10, refillIntervalMs: 6_000 },
  /** Password guesses against one account, from anywhere: 10, then 2 a minute. */
  signInPerEmail: { name: "signin-email", capacity: 10, refillIntervalMs: 30_000 },
  /** Attempts from one address, on any accounts (credential stuffing): 60, then 30 a minute. */
  signInPerIp: { name: "signin-ip", capacity: 60, refillIntervalMs: 2_000 },
  /** Course join attempts by one user: 10, then 1 a minute (join codes must not be guessed by trying). */
  joinCourse: { name: "join-course", capacity: 10, refillIntervalMs: 60_000 },
  /** New accounts from one address: 50, then 1 a minute. */
  signUpPerIp: { name: "signup-ip", capacity: 50, refillIntervalMs: 60_000 },
} as const satisfies Record<string, RateLimitPolicy>;
