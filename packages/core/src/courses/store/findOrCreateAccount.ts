import type { PrismaClient } from "@arbiter/db/client";
import { isUniqueViolation } from "../../users/isUniqueViolation";

/**
 * The account with this (normalized) email, created as a student without a password when
 * missing: the person claims it by signing up with the same email. Safe against two
 * rosters creating the same account at once.
 */
export async function findOrCreateAccount(
  db: Pick<PrismaClient, "user">,
  email: string,
  name?: string,
): Promise<{ id: string; created: boolean }> {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  try {
    const user = await db.user.create({
      data: { email, name: name?.trim() || email.split("@")[0] || email, role: "student" },
      select: { id: true },
    });
    return { id: user.id, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    return { id: raced.id, created: false };
  }
}
