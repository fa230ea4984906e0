import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { sessionIdFor } from "./sessionToken";

/**
 * The user a session cookie belongs to, or null when it is unknown or expired.
 * An expired session is deleted on sight.
 */
export async function getSessionUser(db: PrismaClient, cookieValue: string | null | undefined): Promise<User | null> {
  if (!cookieValue) return null;
  const id = sessionIdFor(cookieValue);
  const session = await db.session.findUnique({ where: { id }, include: { user: true } });
  if (!session) return null;
  if (session.expiresAt.getTime() <= Date.now()) {
    // deleteMany: a concurrent request may have removed it already.
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  return session.user;
}
