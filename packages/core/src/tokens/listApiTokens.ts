import type { PrismaClient } from "@arbiter/db/client";

/** What the owner sees of a token: never the token itself, which is not stored. */
export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** Null: never expires. */
  expiresAt: Date | null;
}

/** A user's API tokens, newest first (expired ones included, so they can be seen and removed). */
export async function listApiTokens(db: PrismaClient, userId: string): Promise<ApiTokenSummary[]> {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, expiresAt: true },
  });
}
