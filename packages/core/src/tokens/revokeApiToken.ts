import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { parseRecordId } from "../recordId";

/**
 * Revokes one of `userId`'s tokens: the row is deleted, so the token is unknown from
 * then on (401). `not_found` for an id that is not theirs, the same as a missing one.
 */
export async function revokeApiToken(db: PrismaClient, userId: string, tokenId: string): Promise<void> {
  const { count } = await db.apiToken.deleteMany({ where: { id: parseRecordId(tokenId, "token id"), userId } });
  if (count === 0) throw new AppError("not_found", "No such token");
}

/** Revokes every token of `userId`; returns how many there were. */
export async function revokeAllApiTokens(db: PrismaClient, userId: string): Promise<number> {
  return (await db.apiToken.deleteMany({ where: { userId } })).count;
}
