/** What an invitation link can still do: set a password once, or nothing (and why). */
export type InvitationState = "valid" | "used" | "expired";

/** Days an invitation link works unless staff choose otherwise. */
export const INVITATION_TTL_DAYS = 14;
/** Longest lifetime staff may give a link, in days: a term, not forever. */
export const MAX_INVITATION_TTL_DAYS = 120;

/** Whether an invitation still works at `now`: single use first, then its expiry (exclusive). */
export function invitationState(invitation: { usedAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  if (invitation.usedAt !== null) return "used";
  return now.getTime() < invitation.expiresAt.getTime() ? "valid" : "expired";
}

/** The page a link opens; the token is the only secret in it. */
export function invitationPath(token: string): string {
  return `/invite/${token}`;
}
