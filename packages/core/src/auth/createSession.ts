import type { PrismaClient } from "@arbiter/db/client";
import { SESSION_TTL_MS, newSessionCookieValue, sessionIdFor } from "./sessionToken";

export interface CreatedSession {
  /** Goes into the cookie; never stored. */
  cookieValue: string;
  expiresAt: Date;
}

/** Starts a 30-day browser session for `userId`; only the hash of the cookie is stored. */
export async function createSession(db: PrismaClient, userId: string): Promise<CreatedSession> {
  const cookieValue = newSessionCookieValue();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.session.create({ data: { id: sessionIdFor(cookieValue), userId, expiresAt } });
  return { cookieValue, expiresAt };
}
