import type { PrismaClient } from "@arbiter/db/client";
import { sessionIdFor } from "./sessionToken";

/** Ends a session (sign-out). Unknown or already-deleted sessions are fine. */
export async function deleteSession(db: PrismaClient, cookieValue: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionIdFor(cookieValue) } });
}
