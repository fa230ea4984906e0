import type { PrismaClient } from "@arbiter/db/client";
import { isAppError } from "../../errors";
import { createUser, findUserByEmail } from "../../users/index";

/**
 * The account that owns the package verification submissions (`problem:verify` and web
 * uploads). It has no password: nobody signs in as it.
 */
export const VERIFIER_EMAIL = "verifier@arbiter.local";

/** Finds or creates the verifier account (admin, no password) and returns its id. */
export async function ensureVerifierUser(db: PrismaClient): Promise<string> {
  const existing = await findUserByEmail(db, VERIFIER_EMAIL);
  if (existing) return existing.id;
  try {
    return (await createUser(db, { email: VERIFIER_EMAIL, name: "Package Verifier", role: "admin" })).id;
  } catch (error) {
    // Another verify created it meanwhile.
    const raced = isAppError(error) ? await findUserByEmail(db, VERIFIER_EMAIL) : null;
    if (raced) return raced.id;
    throw error;
  }
}
