import { randomBytes } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../users/createUser";
import { findUserByEmail } from "../users/findUserByEmail";
import { verifyPassword } from "../users/password";
import { apiTokenHash } from "./apiToken";
import { authenticateToken } from "./authenticateToken";
import { changePassword } from "../auth/changePassword";
import { storeNewPassword } from "../auth/storeNewPassword";
import { createApiToken } from "./createApiToken";
import { listApiTokens } from "./listApiTokens";
import { revokeApiToken } from "./revokeApiToken";

const run = randomBytes(4).toString("hex");
const email = `itest-tokens-${run}@example.test`;
let db: PrismaClient;

beforeAll(() => {
  db = createPrismaClient();
});

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@example.test` } } });
  await db.$disconnect();
});

describe("createUser", () => {
  it("normalizes the email, hashes the password and defaults the name", async () => {
    const user = await createUser(db, {
      email: `  ITEST-Tokens-${run}@Example.TEST `,
      role: "instructor",
      password: "s3cret-pass",
    });
    expect(user).toMatchObject({ email, name: `itest-tokens-${run}`, role: "instructor" });
    expect(user.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("s3cret-pass", user.passwordHash ?? "")).toBe(true);
    expect(await findUserByEmail(db, email.toUpperCase())).toMatchObject({ id: user.id });
  });

  it("rejects a taken email and invalid input with a clear message", async () => {
    await expect(createUser(db, { email: email.toUpperCase(), role: "student" })).rejects.toThrow(
      `An account with the email ${email} already exists`,
    );
    await expect(createUser(db, { email: "not-an-email", role: "student" })).rejects.toThrow("Invalid email");
    await expect(
      createUser(db, { email: `x-${run}@example.test`, role: "student", password: "short" }),
    ).rejects.toThrow("Invalid password: must be at least 8 characters");
    // @ts-expect-error -- a role from untyped input (CLI, JSON) must still be checked
    await expect(createUser(db, { email: `x-${run}@example.test`, role: "root" })).rejects.toThrow(/Invalid role/);
  });

  it("creates accounts without a password", async () => {
    const user = await createUser(db, { email: `bot-${run}@example.test`, name: " CI bot ", role: "student" });
    expect(user).toMatchObject({ name: "CI bot", passwordHash: null });
  });
});

describe("API tokens", () => {
  it("stores only the hash and authenticates the bearer", async () => {
    const user = await findUserByEmail(db, email);
    if (!user) throw new Error("user from the previous test is missing");
    const { token } = await createApiToken(db, user.id, "ci");
    expect(token).toMatch(/^arb_[A-Za-z0-9_-]{43}$/);

    const row = await db.apiToken.findUniqueOrThrow({ where: { tokenHash: apiTokenHash(token) } });
    expect(row).toMatchObject({ userId: user.id, name: "ci", lastUsedAt: null });
    expect(JSON.stringify(row)).not.toContain(token);

    expect(await authenticateToken(db, `Bearer ${token}`)).toMatchObject({ id: user.id, email });
    const used = await db.apiToken.findUniqueOrThrow({ where: { id: row.id } });
    expect(used.lastUsedAt).toBeInstanceOf(Date);

    // Within the minute, lastUsedAt is not rewritten.
    await authenticateToken(db, `Bearer ${token}`);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: row.id } })).lastUsedAt).toEqual(used.lastUsedAt);

    // A stale timestamp is refreshed.
    const old = new Date(Date.now() - 5 * 60_000);
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: old } });
    await authenticateToken(db, `Bearer ${token}`);
    const refreshed = await db.apiToken.findUniqueOrThrow({ where: { id: row.id } });
    expect(refreshed.lastUsedAt?.getTime()).toBeGreaterThan(old.getTime());
  });

  it("returns null for missing, malformed or unknown tokens", async () => {
    expect(await authenticateToken(db, null)).toBeNull();
    expect(await authenticateToken(db, "Bearer nope")).toBeNull();
    expect(await authenticateToken(db, `Bearer arb_${"A".repeat(43)}`)).toBeNull();
  });

  it("refuses tokens for unknown users", async () => {
    await expect(createApiToken(db, "no-such-user")).rejects.toThrow("No such user");
  });

  it("refuses an expired token, and lists tokens with their times", async () => {
    const user = await createUser(db, { email: `expiry-${run}@example.test`, role: "student" });
    const longAgo = new Date(Date.now() - 3 * 86_400_000);
    const expired = await createApiToken(db, user.id, "old", { expiresInDays: 1, now: longAgo });
    const fresh = await createApiToken(db, user.id, "fresh", { expiresInDays: 30 });
    expect(await authenticateToken(db, `Bearer ${expired.token}`)).toBeNull();
    expect(await authenticateToken(db, `Bearer ${fresh.token}`)).toMatchObject({ id: user.id });
    const listed = await listApiTokens(db, user.id);
    expect(listed.map((t) => t.name).sort()).toEqual(["fresh", "old"]);
    expect(listed.find((t) => t.name === "fresh")).toMatchObject({
      id: fresh.id,
      lastUsedAt: expect.any(Date) as Date,
      expiresAt: fresh.expiresAt,
    });
    expect(JSON.stringify(listed)).not.toContain(fresh.token);
    await expect(createApiToken(db, user.id, "x", { expiresInDays: 0 })).rejects.toThrow(/1 to 366/);
  });

  it("revokes one token (its owner's only), and a password change or reset revokes them all", async () => {
    const user = await createUser(db, {
      email: `revoke-${run}@example.test`,
      role: "student",
      password: "old password",
    });
    const other = await createUser(db, { email: `revoke-other-${run}@example.test`, role: "student" });
    const first = await createApiToken(db, user.id, "first");
    const second = await createApiToken(db, user.id, "second");
    await expect(revokeApiToken(db, other.id, first.id)).rejects.toThrow("No such token");
    await revokeApiToken(db, user.id, first.id);
    expect(await authenticateToken(db, `Bearer ${first.token}`)).toBeNull();
    expect(await authenticateToken(db, `Bearer ${second.token}`)).toMatchObject({ id: user.id });

    // The operator's reset (user:password) and the Account page's change both go through here.
    await storeNewPassword(db, user.id, "a new password");
    expect(await authenticateToken(db, `Bearer ${second.token}`)).toBeNull();
    expect(await listApiTokens(db, user.id)).toEqual([]);
    const third = await createApiToken(db, user.id, "third");
    await changePassword(db, user.id, { currentPassword: "a new password", newPassword: "another one!" }, "cookie");
    expect(await authenticateToken(db, `Bearer ${third.token}`)).toBeNull();
  });
});
