import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { apiTokenHash, newApiToken } from "./apiToken";

/**
 * Issues an API token for a user. The token itself is returned once and never
 * stored; only its SHA-256 is kept, so a leaked database cannot be used to call the API.
 */
export async function createApiToken(db: PrismaClient, userId: string, name = ""): Promise<{ token: string }> {
  const label = name.trim();
  if (label.length > 100) throw new AppError("bad_request", "Token name is too long (at most 100 characters)");
  if (label.includes("\u0000")) throw new AppError("bad_request", "Token name must not contain NUL characters");
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) {
    throw new AppError("not_found", "No such user");
  }
  const token = newApiToken();
  await db.apiToken.create({ data: { userId, name: label, tokenHash: apiTokenHash(token) } });
  return { token };
}
