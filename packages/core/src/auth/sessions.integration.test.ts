import { randomBytes } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "../errors";
import { createUser } from "../users/createUser";
import { createSession } from "./createSession";
import { deleteSession } from "./deleteSession";
import { getSessionUser } from "./getSessionUser";
import { SESSION_TTL_MS, sessionIdFor } from "./sessionToken";
import { signInWithPassword } from "./signInWithPassword";

const run = randomBytes(4).toString("hex");
const email = `itest-sessions-${run}@example.test`;
let db: PrismaClient;
let userId = "";

beforeAll(async () => {
  db = createPrismaClient();
  userId = (await createUser(db, { email, role: "student", password: "correct horse" })).id;
});

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@example.test` } } });
  await db.$disconnect();
});

describe("sessions", () => {
  it("stores only the SHA-256 of the cookie and finds the user by it for 30 days", async () => {
    const before = Date.now();
    const { cookieValue, expiresAt } = await createSession(db, userId);
    expect(cookieValue).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(SESSION_TTL_MS - 1000);
    expect(expiresAt.getTime() - before).toBeLessThanOrEqual(SESSION_TTL_MS + 1000);

    const row = await db.session.findUniqueOrThrow({ where: { id: sessionIdFor(cookieValue) } });
    expect(row.id).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(cookieValue);

    expect(await getSessionUser(db, cookieValue)).toMatchObject({ id: userId, email });
  });

  it("returns null for unknown or empty cookies", async () => {
    expect(await getSessionUser(db, randomBytes(32).toString("base64url"))).toBeNull();
    expect(await getSessionUser(db, "")).toBeNull();
    expect(await getSessionUser(db, null)).toBeNull();
  });

  it("treats an expired session as signed out and deletes it", async () => {
    const { cookieValue } = await createSession(db, userId);
    const id = sessionIdFor(cookieValue);
    await db.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getSessionUser(db, cookieValue)).toBeNull();
    expect(await db.session.findUnique({ where: { id } })).toBeNull();
  });

  it("signs out by deleting the session, idempotently", async () => {
    const { cookieValue } = await createSession(db, userId);
    await deleteSession(db, cookieValue);
    expect(await getSessionUser(db, cookieValue)).toBeNull();
    await expect(deleteSession(db, cookieValue)).resolves.toBeUndefined();
  });
});

describe("signInWithPassword", () => {
  it("returns the user for the right password, whatever the email's case", async () => {
    expect(await signInWithPassword(db, ` ${email.toUpperCase()} `, "correct horse")).toMatchObject({ id: userId });
  });

  it("fails the same way for a wrong password, an unknown email and a password-less account", async () => {
    await createUser(db, { email: `nopw-${run}@example.test`, role: "student" });
    for (const [who, password] of [
      [email, "wrong"],
      [`nobody-${run}@example.test`, "correct horse"],
      [`nopw-${run}@example.test`, ""],
    ] as const) {
      const error: unknown = await signInWithPassword(db, who, password).catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe("unauthorized");
      expect((error as Error).message).toBe("Wrong email or password");
    }
  });
});
