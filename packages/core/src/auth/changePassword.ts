import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "../users/password";
import { newPasswordSchema } from "../users/passwordRules";
import { sessionIdFor } from "./sessionToken";

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/**
 * A signed-in person changes their own password. The current one must be given (a
 * borrowed, unlocked laptop must not be enough to take the account over). Every other
 * session of the account ends; `keepSessionCookie`, this browser's, stays signed in.
 * Throws `AppError("bad_request")` with a message for the form; returns how many
 * other sessions were ended.
 */
export async function changePassword(
  db: PrismaClient,
  userId: string,
  input: ChangePasswordInput,
  keepSessionCookie: string,
): Promise<{ sessionsEnded: number }> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user?.passwordHash) {
    throw new AppError("bad_request", "This account has no password to change; ask an administrator to set one.");
  }
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError("bad_request", "Your current password is not right.");
  }
  const parsed = newPasswordSchema.safeParse(input.newPassword);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Choose another password.");
  const passwordHash = await hashPassword(input.newPassword);
  const [, ended] = await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId, id: { not: sessionIdFor(keepSessionCookie) } } }),
  ]);
  return { sessionsEnded: ended.count };
}
