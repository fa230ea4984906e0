import type { PrismaClient } from "@arbiter/db/client";
import { z } from "zod";
import { newSessionCookieValue, sessionIdFor } from "../../auth/sessionToken";
import type { Actor } from "../../permissions/can";
import { normalizeEmail } from "../../users/email";
import { parseRequest } from "../../zodMessages";
import { requireCourse } from "../store/requireCourse";
import { INVITATION_TTL_DAYS, MAX_INVITATION_TTL_DAYS, invitationPath } from "./invitationState";

const DAY_MS = 86_400_000;

export const issueInvitationsSchema = z.object({
  /** Only these members; absent: every current member who cannot sign in yet. */
  emails: z.array(z.string().trim().min(1).max(254)).max(5000).optional(),
  days: z.number().int().min(1).max(MAX_INVITATION_TTL_DAYS).default(INVITATION_TTL_DAYS),
});

export interface IssuedInvitation {
  email: string;
  name: string;
  /** `/invite/<token>`: shown once, never stored (only its hash is). */
  path: string;
  expiresAt: Date;
}

export interface InvitationBatch {
  invitations: IssuedInvitation[];
  /** Asked for by email but not invited, with the reason in staff's words. */
  skipped: { email: string; reason: string }[];
}

/**
 * One-time links with which a course's members whose accounts have no password (made by
 * roster import or by staff adding them) set one: instructors hand them out, since there
 * is no mail server. A new link replaces the member's earlier unused ones. Only accounts
 * that have never had a password and are plain students globally can be invited, so no
 * course's staff can take over an account someone already uses, or a staff account.
 */
export async function issueInvitations(
  db: PrismaClient,
  actor: Actor,
  courseSlug: string,
  body: unknown,
  now: Date = new Date(),
): Promise<InvitationBatch> {
  const { course } = await requireCourse(db, actor, courseSlug, "course.manage");
  const input = parseRequest(issueInvitationsSchema, body);
  const asked = input.emails?.map(normalizeEmail);
  const members = await db.courseMember.findMany({
    where: { courseId: course.id, droppedAt: null, ...(asked ? { user: { email: { in: asked } } } : {}) },
    select: { user: { select: { id: true, email: true, name: true, role: true, passwordHash: true } } },
    orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
  });
  const skipped: InvitationBatch["skipped"] = [];
  const found = new Set(members.map((m) => m.user.email));
  for (const email of asked ?? [])
    if (!found.has(email)) skipped.push({ email, reason: "not a member of this course" });
  const invitable = members.filter(({ user }) => {
    if (user.passwordHash !== null) {
      if (asked) skipped.push({ email: user.email, reason: "already has a password" });
      return false;
    }
    if (user.role !== "student") {
      skipped.push({ email: user.email, reason: "a staff account: an operator sets its password" });
      return false;
    }
    return true;
  });
  const expiresAt = new Date(now.getTime() + input.days * DAY_MS);
  const issued = invitable.map(({ user }) => ({ user, token: newSessionCookieValue() }));
  await db.$transaction([
    db.invitation.deleteMany({ where: { userId: { in: issued.map((i) => i.user.id) }, usedAt: null } }),
    db.invitation.createMany({
      data: issued.map(({ user, token }) => ({
        userId: user.id,
        // Same shape and hashing as a session cookie: 32 random bytes, stored as SHA-256.
        tokenHash: sessionIdFor(token),
        courseId: course.id,
        issuedById: actor.id,
        expiresAt,
        createdAt: now,
      })),
    }),
  ]);
  return {
    invitations: issued.map(({ user, token }) => ({
      email: user.email,
      name: user.name,
      path: invitationPath(token),
      expiresAt,
    })),
    skipped,
  };
}
