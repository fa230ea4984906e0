import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { apiTokenHash, newApiToken } from "./apiToken";

/** The longest lifetime a token may be given, in days (a year). */
export const MAX_TOKEN_DAYS = 366;

export interface CreateApiTokenOptions {
  /** Days until the token stops working (1 to `MAX_TOKEN_DAYS`); never when left out. */
  expiresInDays?: number;
  /** The current time; tests pass their own. */
  now?: Date;
}

/**
 * Issues an API token for a user. The token itself is returned once and never
 * stored; only its SHA-256 is kept, so a leaked database cannot be used to call the API.
 */
export async function createApiToken(
  db: PrismaClient,
  userId: string,
  name = "",
  { expiresInDays, now = new Date() }: CreateApiTokenOptions = {},
): Promise<{ token: string; id: string; expiresAt: Date | null }> {
  const label = name.trim();
  if (label.length > 100) throw new AppError("bad_request", "Token name is too long (at most 100 characters)");
  if (label.includes("\u0000")) throw new AppError("bad_request", "Token name must not contain NUL characters");
  if (
    expiresInDays !== undefined &&
    !(Number.isInteger(expiresInDays) && expiresInDays >= 1 && expiresInDays <= MAX_TOKEN_DAYS)
  ) {
    throw new AppError("bad_request", `A token expires after 1 to ${MAX_TOKEN_DAYS} whole days`);
  }
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) {
    throw new AppError("not_found", "No such user");
  }
  const token = newApiToken();
  const expiresAt = expiresInDays === undefined ? null : new Date(now.getTime() + expiresInDays * 86_400_000);
  const row = await db.apiToken.create({
    data: { userId, name: label, tokenHash: apiTokenHash(token), expiresAt },
    select: { id: true },
  });
  return { token, id: row.id, expiresAt };
}
