import type { PrismaClient } from "@arbiter/db/client";
import { sessionIdFor } from "../../auth/sessionToken";
import { storeNewPassword } from "../../auth/storeNewPassword";
import { AppError } from "../../errors";
import { newPasswordSchema } from "../../users/passwordRules";
import { invitationState, type InvitationState } from "./invitationState";

/** Why a link does not work, in the words of the page that opened it. */
const REFUSALS: Record<Exclude<InvitationState, "valid">, string> = {
  used: "This invitation link was already used. Sign in with the password you chose, or ask your instructor for a new link.",
  expired: "This invitation link has expired. Ask your instructor for a new one.",
};
const UNKNOWN =
  "This invitation link is not valid. Check that you copied all of it, or ask your instructor for a new one.";

export interface InvitationView {
  state: InvitationState | "unknown";
  /** Whose account it is: shown only while the link still works. */
  email: string | null;
  name: string | null;
  /** For a link that does not work, what to do. */
  message: string | null;
}

async function findInvitation(db: PrismaClient, token: string) {
  // Anything that cannot be one of our tokens is unknown without a lookup.
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return db.invitation.findUnique({
    where: { tokenHash: sessionIdFor(token) },
    select: { id: true, userId: true, usedAt: true, expiresAt: true, user: { select: { email: true, name: true } } },
  });
}

/** What the invitation page shows for a token, before anyone types a password. */
export async function inspectInvitation(
  db: PrismaClient,
  token: string,
  now: Date = new Date(),
): Promise<InvitationView> {
  const invitation = await findInvitation(db, token);
  if (!invitation) return { state: "unknown", email: null, name: null, message: UNKNOWN };
  const state = invitationState(invitation, now);
  if (state !== "valid") return { state, email: null, name: null, message: REFUSALS[state] };
  return { state, ...invitation.user, message: null };
}

/**
 * Sets the account's password through a valid link and uses the link up. The link is
 * claimed first with a conditional update, so two concurrent submits cannot both use
 * it; the password is then stored (which also ends any session and token of the account).
 * Throws `AppError` with a message for the person: `bad_request` for a link that does not
 * work or a password the rules refuse (the link then still works).
 */
export async function redeemInvitation(
  db: PrismaClient,
  token: string,
  password: string,
  now: Date = new Date(),
): Promise<{ userId: string; email: string }> {
  const invitation = await findInvitation(db, token);
  if (!invitation) throw new AppError("bad_request", UNKNOWN, { reason: "invitation_invalid" });
  const state = invitationState(invitation, now);
  if (state !== "valid") throw new AppError("bad_request", REFUSALS[state], { reason: `invitation_${state}` });
  // Checked before claiming, so a refused password leaves the link usable.
  assertAcceptablePassword(password);
  const claimed = await db.invitation.updateMany({
    where: { id: invitation.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count !== 1) throw new AppError("bad_request", REFUSALS.used, { reason: "invitation_used" });
  await storeNewPassword(db, invitation.userId, password);
  return { userId: invitation.userId, email: invitation.user.email };
}

function assertAcceptablePassword(password: string): void {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) {
    throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Choose another password.", {
      field: "password",
    });
  }
}
