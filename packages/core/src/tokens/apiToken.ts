import { createHash, randomBytes } from "node:crypto";

/** Every API token starts with this, so leaked tokens are easy to grep for and revoke. */
export const API_TOKEN_PREFIX = "arb_";

/** A new token: the prefix and 32 random bytes, base64url (47 characters in all). */
export function newApiToken(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/**
 * The value stored in `ApiToken.tokenHash`: SHA-256 hex of the whole token. A fast
 * hash is enough because tokens carry 256 bits of randomness; nothing to brute-force.
 */
export function apiTokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * The token in an `Authorization: Bearer <token>` header, or null when the header
 * is absent, uses another scheme, or cannot be one of our tokens.
 */
export function parseBearerToken(authorizationHeader: string | null | undefined): string | null {
  // Bounded so an oversized header is rejected before it is hashed.
  const match = /^Bearer[ \t]+(arb_[A-Za-z0-9_-]{1,200})[ \t]*$/i.exec(authorizationHeader ?? "");
  return match?.[1] ?? null;
}
