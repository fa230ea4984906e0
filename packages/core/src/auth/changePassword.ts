import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { verifyPassword } from "../users/password";
import { storeNewPassword } from "./storeNewPassword";

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
  const sessionsEnded = await storeNewPassword(db, userId, input.newPassword, keepSessionCookie);
  return { sessionsEnded };
}
