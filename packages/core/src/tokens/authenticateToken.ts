import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { apiTokenHash, parseBearerToken } from "./apiToken";

/** `lastUsedAt` is informational; refreshing it at most once a minute spares a write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The user an `Authorization: Bearer arb_…` header belongs to, or null for a
 * missing, malformed, unknown (revoked) or expired token. Looking up by hash through the unique index
 * leaks no timing about the token: an attacker cannot steer what its SHA-256 is.
 */
export async function authenticateToken(db: PrismaClient, authorizationHeader: string | null): Promise<User | null> {
  const token = parseBearerToken(authorizationHeader);
  if (!token) return null;
  const row = await db.apiToken.findUnique({ where: { tokenHash: apiTokenHash(token) }, include: { user: true } });
  const now = new Date();
  if (!row || (row.expiresAt && row.expiresAt <= now)) return null;

  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < stale) {
    // Conditional, so a burst of concurrent requests writes once rather than racing.
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
      data: { lastUsedAt: now },
    });
  }
  return row.user;
}
