import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { hashPassword } from "../users/password";
import { newPasswordSchema } from "../users/passwordRules";
import { sessionIdFor } from "./sessionToken";

/**
 * Checks a new password against the rules, stores its hash, and ends the account's
 * browser sessions (all of them, or all but `keepSessionCookie`'s) and revokes all its
 * API tokens in the same transaction: whoever knew the old password may hold either.
 * Throws `AppError("bad_request")` with the rule's message for a password that breaks
 * it. Returns how many sessions were ended.
 */
export async function storeNewPassword(
  db: PrismaClient,
  userId: string,
  password: string,
  keepSessionCookie?: string,
): Promise<number> {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Choose another password.");
  const passwordHash = await hashPassword(password);
  const keep = keepSessionCookie === undefined ? {} : { id: { not: sessionIdFor(keepSessionCookie) } };
  const [, ended] = await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId, ...keep } }),
    db.apiToken.deleteMany({ where: { userId } }),
  ]);
  return ended.count;
}
