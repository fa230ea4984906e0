import { createHash, randomBytes } from "node:crypto";

/** How long a browser session lasts, in milliseconds (30 days). */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** A new cookie value: 32 random bytes, base64url (43 characters). */
export function newSessionCookieValue(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The key a session is stored under: SHA-256 hex of the cookie value, so a leaked
 * sessions table cannot be replayed as cookies.
 */
export function sessionIdFor(cookieValue: string): string {
  return createHash("sha256").update(cookieValue, "utf8").digest("hex");
}
