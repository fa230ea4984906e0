import { randomBytes } from "node:crypto";
import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { findUserByEmail } from "../users/findUserByEmail";
import { storeNewPassword } from "./storeNewPassword";

export interface PasswordReset {
  user: Pick<User, "id" | "email">;
  /** The new password: the one given, or a generated one to hand to its owner. */
  password: string;
  generated: boolean;
  /** Browser sessions ended by the reset. */
  sessionsEnded: number;
}

/**
 * An operator's password reset (there is no email here to send a reset link): sets a
 * new password, or generates one, and signs the account out of every browser, since
 * whoever knew the old password may hold a session. API tokens are operator-issued
 * and stay valid. Throws `AppError` for an unknown account or a too-short password.
 */
export async function setPassword(db: PrismaClient, email: string, password?: string): Promise<PasswordReset> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new AppError("not_found", `No account has the email ${email.trim().slice(0, 254)}`);
  const chosen = password ?? generatePassword();
  const sessionsEnded = await storeNewPassword(db, user.id, chosen);
  return {
    user: { id: user.id, email: user.email },
    password: chosen,
    generated: password === undefined,
    sessionsEnded,
  };
}

/** 16 characters from an alphabet without look-alikes (about 90 bits), easy to read out. */
function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679";
  const bytes = randomBytes(16);
  // 256 % 49 leaves a small bias; at 16 characters it costs a fraction of a bit.
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
}
