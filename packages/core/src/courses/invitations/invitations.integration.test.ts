import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@arbiter/db/client";
import { signInWithPassword } from "../../auth/signInWithPassword";
import type { Actor } from "../../permissions/can";
import { hashPassword } from "../../users/password";
import { addCourseMember, createCourse, importRoster } from "../index";
import { issueInvitations } from "./issueInvitations";
import { inspectInvitation, redeemInvitation } from "./redeemInvitation";

// The clock is injected: `T0` is when links are issued, expiry is tested by passing a later `now`.
const T0 = new Date("2026-06-01T08:00:00Z");
const DAY_MS = 86_400_000;
const db = createPrismaClient();
const run = randomUUID().slice(0, 8);
const course = `inv-${run}`;
const email = (label: string) => `${label}-${run}@invite.test`;
const users: Record<"teacher" | "ta" | "pupil" | "outsider", Actor> = {} as never;

async function code(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "resolved",
    (e: { code?: string; reason?: string }) => e.reason ?? e.code ?? "no code",
  );
}
const tokenOf = (path: string) => path.replace("/invite/", "");

beforeAll(async () => {
  const account = async (label: string, role: Actor["role"], password: boolean) =>
    db.user.create({
      data: {
        email: email(label),
        name: `${label} ${run}`,
        role,
        passwordHash: password ? await hashPassword("a-real-password") : null,
      },
      select: { id: true, role: true },
    });
  users.teacher = await account("teacher", "instructor", true);
  users.ta = await account("ta", "student", true);
  users.pupil = await account("pupil", "student", true);
  users.outsider = await account("outsider", "instructor", true);
  // A staff account made without a password (by the CLI): no course may hand it out.
  await account("staffless", "instructor", false);
  await createCourse(db, users.teacher, { slug: course, title: "Invitations" });
  await addCourseMember(db, users.teacher, course, { email: email("ta"), role: "ta" });
  await addCourseMember(db, users.teacher, course, { email: email("pupil"), role: "student" });
  await addCourseMember(db, users.teacher, course, { email: email("staffless"), role: "ta" });
  const roster = `email,name\n${email("ann")},Ann\n${email("ben")},Ben\n`;
  await importRoster(db, users.teacher, course, roster, { apply: true });
});

afterAll(async () => {
  await db.course.deleteMany({ where: { slug: course } });
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@invite.test` } } });
  await db.$disconnect();
});

describe("invitation links", () => {
  it("are issued by instructors for every member who cannot sign in yet, and nobody else", async () => {
    const batch = await issueInvitations(db, users.teacher, course, {}, T0);
    expect(batch.invitations.map((i) => i.email)).toEqual([email("ann"), email("ben")]);
    expect(batch.invitations[0]?.path).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(batch.invitations[0]?.expiresAt).toEqual(new Date(T0.getTime() + 14 * DAY_MS));
    expect(batch.skipped.map((s) => s.email)).toEqual([email("staffless")]);
    expect(batch.skipped[0]?.reason).toContain("staff account");
    // Only the hash is stored.
    const stored = await db.invitation.findMany({ where: { user: { email: email("ann") } } });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toContain(tokenOf(batch.invitations[0]!.path));
    expect(await code(issueInvitations(db, users.ta, course, {}, T0))).toBe("forbidden");
    expect(await code(issueInvitations(db, users.pupil, course, {}, T0))).toBe("forbidden");
    expect(await code(issueInvitations(db, users.outsider, course, {}, T0))).toBe("course_unknown");
  });

  it("can be issued per student; a new link replaces the unused old one; accounts with a password are skipped", async () => {
    const first = await issueInvitations(db, users.teacher, course, { emails: [email("ben")] }, T0);
    const second = await issueInvitations(
      db,
      users.teacher,
      course,
      { emails: [email("BEN"), email("pupil"), email("nobody")] },
      T0,
    );
    expect(second.invitations.map((i) => i.email)).toEqual([email("ben")]);
    expect(second.skipped).toEqual([
      { email: email("nobody"), reason: "not a member of this course" },
      { email: email("pupil"), reason: "already has a password" },
    ]);
    expect((await inspectInvitation(db, tokenOf(first.invitations[0]!.path), T0)).state).toBe("unknown");
    expect(await inspectInvitation(db, tokenOf(second.invitations[0]!.path), T0)).toMatchObject({
      state: "valid",
      email: email("ben"),
    });
    expect(await code(issueInvitations(db, users.teacher, course, { days: 0 }, T0))).toBe("invalid_field");
  });

  it("set a password once, then sign in; a refused password leaves the link usable", async () => {
    const { invitations } = await issueInvitations(db, users.teacher, course, { emails: [email("ann")] }, T0);
    const token = tokenOf(invitations[0]!.path);
    const later = new Date(T0.getTime() + DAY_MS);
    expect(await code(redeemInvitation(db, token, "short", later))).toBe("bad_request");
    expect((await inspectInvitation(db, token, later)).state).toBe("valid");
    expect(await redeemInvitation(db, token, "ann-chose-this", later)).toMatchObject({ email: email("ann") });
    expect((await signInWithPassword(db, email("ann"), "ann-chose-this")).email).toBe(email("ann"));
    expect(await code(redeemInvitation(db, token, "someone-else-now", later))).toBe("invitation_used");
    expect(await inspectInvitation(db, token, later)).toMatchObject({ state: "used", email: null });
    // Ann has a password now: no course can issue her another link.
    const again = await issueInvitations(db, users.teacher, course, { emails: [email("ann")] }, later);
    expect(again.invitations).toEqual([]);
  });

  it("expire, and only one of two simultaneous uses wins", async () => {
    const { invitations } = await issueInvitations(db, users.teacher, course, { emails: [email("ben")], days: 1 }, T0);
    const token = tokenOf(invitations[0]!.path);
    const expired = new Date(T0.getTime() + DAY_MS);
    expect(await code(redeemInvitation(db, token, "ben-chose-this", expired))).toBe("invitation_expired");
    expect((await inspectInvitation(db, token, expired)).state).toBe("expired");
    const justBefore = new Date(T0.getTime() + DAY_MS - 1);
    const results = await Promise.all([
      code(redeemInvitation(db, token, "first-password", justBefore)),
      code(redeemInvitation(db, token, "second-password", justBefore)),
    ]);
    expect(results.sort()).toEqual(["invitation_used", "resolved"]);
    expect(await code(redeemInvitation(db, "not-a-token", "whatever-long", T0))).toBe("invitation_invalid");
  });
});
