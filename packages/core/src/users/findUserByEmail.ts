import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { normalizeEmail } from "./email";

/** The account registered under `email` (compared case-insensitively), or null. */
export async function findUserByEmail(db: PrismaClient, email: string): Promise<User | null> {
  return db.user.findUnique({ where: { email: normalizeEmail(email) } });
}
