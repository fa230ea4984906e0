import { randomBytes } from "node:crypto";
import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { findUserByEmail, hashPassword, verifyPassword } from "../users/index";

/**
 * A hash of a random password at the current cost, made once. Unknown emails are
 * checked against it so they take as long as known ones: response time must not
 * reveal which accounts exist.
 */
let decoyHash: Promise<string> | undefined;

/**
 * Checks an email and password. Every failure (unknown email, account without a
 * password, wrong password) throws the same `unauthorized` error.
 */
export async function signInWithPassword(db: PrismaClient, email: string, password: string): Promise<User> {
  const user = await findUserByEmail(db, email);
  const hash = user?.passwordHash ?? (await (decoyHash ??= hashPassword(randomBytes(16).toString("hex"))));
  const ok = await verifyPassword(password, hash);
  if (!user?.passwordHash || !ok) throw new AppError("unauthorized", "Wrong email or password");
  return user;
}
