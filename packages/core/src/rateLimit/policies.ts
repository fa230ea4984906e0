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
  /**
   * Sign-in attempts from one address, on any accounts, right or wrong: 60, then 30 a
   * minute. Bounds the password-hashing work one address can make us do.
   */
  signInPerIp: { name: "signin-ip", capacity: 60, refillIntervalMs: 2_000 },
  /** Wrong passwords for one account from one address: 10, then 2 a minute. */
  signInFailuresPerAccountAddress: { name: "signin-fail-acct-ip", capacity: 10, refillIntervalMs: 30_000 },
  /** Wrong passwords from one address on any accounts (a lab behind one NAT makes typos): 30, then 6 a minute. */
  signInFailuresPerAddress: { name: "signin-fail-ip", capacity: 30, refillIntervalMs: 10_000 },
  /**
   * Wrong passwords for one account from anywhere: 10, then 2 a minute. Once empty, only
   * addresses with no recent failures may still try, so guessing from many addresses
   * slows down while the owner (from a clean address) still gets in.
   */
  signInFailuresPerAccount: { name: "signin-fail-acct", capacity: 10, refillIntervalMs: 30_000 },
  /** Wrong passwords on the whole site (credential stuffing): 1000, then 1000 a minute; same escape as above. */
  signInFailuresGlobal: { name: "signin-fail-all", capacity: 1000, refillIntervalMs: 60 },
  /** Course join attempts by one user: 10, then 1 a minute (join codes must not be guessed by trying). */
  joinCourse: { name: "join-course", capacity: 10, refillIntervalMs: 60_000 },
  /** New accounts from one address: 50, then 1 a minute. */
  signUpPerIp: { name: "signup-ip", capacity: 50, refillIntervalMs: 60_000 },
} as const satisfies Record<string, RateLimitPolicy>;
