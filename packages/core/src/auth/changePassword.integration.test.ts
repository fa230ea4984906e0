import { randomBytes } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { createUser } from "../users/createUser";
import { setPassword } from "./setPassword";
import { changePassword } from "./changePassword";
import { createSession } from "./createSession";
import { getSessionUser } from "./getSessionUser";
import { signInWithPassword } from "./signInWithPassword";

const run = randomBytes(4).toString("hex");
let db: PrismaClient;

beforeAll(() => {
  db = createPrismaClient();
});

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@example.test` } } });
  await db.$disconnect();
});

/** A student account; `null` makes one without a password (API tokens only). */
async function newAccount(name: string, password: string | null = "old password 1") {
  const email = `itest-${name}-${run}@example.test`;
  const user = await createUser(db, { email, role: "student", ...(password ? { password } : {}) });
  return { user, email };
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("changePassword", () => {
  it("needs the current password and a valid new one, and changes nothing otherwise", async () => {
    const { user, email } = await newAccount("change-refused");
    const here = await createSession(db, user.id);
    const wrong = { currentPassword: "not it", newPassword: "new password 2" };
    expect((await rejection(changePassword(db, user.id, wrong, here.cookieValue))).message).toBe(
      "Your current password is not right.",
    );
    const short = { currentPassword: "old password 1", newPassword: "short" };
    expect((await rejection(changePassword(db, user.id, short, here.cookieValue))).message).toMatch(/at least 8/);
    await expect(signInWithPassword(db, email, "old password 1")).resolves.toMatchObject({ id: user.id });
  });

  it("sets the new password and signs every other browser out, keeping this one", async () => {
    const { user, email } = await newAccount("change-ok");
    const here = await createSession(db, user.id);
    const elsewhere = await createSession(db, user.id);
    const input = { currentPassword: "old password 1", newPassword: "new password 2" };
    expect(await changePassword(db, user.id, input, here.cookieValue)).toEqual({ sessionsEnded: 1 });

    expect(await getSessionUser(db, here.cookieValue)).toMatchObject({ id: user.id });
    expect(await getSessionUser(db, elsewhere.cookieValue)).toBeNull();
    await expect(signInWithPassword(db, email, "new password 2")).resolves.toMatchObject({ id: user.id });
    expect((await rejection(signInWithPassword(db, email, "old password 1"))).code).toBe("unauthorized");
  });

  it("refuses an account without a password", async () => {
    const { user } = await newAccount("change-tokens-only", null);
    const here = await createSession(db, user.id);
    const input = { currentPassword: "", newPassword: "new password 2" };
    expect((await rejection(changePassword(db, user.id, input, here.cookieValue))).message).toMatch(/no password/);
  });
});

describe("setPassword (operator reset)", () => {
  it("generates a password that signs in, and ends every session", async () => {
    const { user, email } = await newAccount("reset-generated");
    const session = await createSession(db, user.id);
    const reset = await setPassword(db, email.toUpperCase(), undefined);
    expect(reset).toMatchObject({ generated: true, sessionsEnded: 1 });
    expect(reset.password).toMatch(/^[a-zA-Z0-9]{16}$/);
    expect(await getSessionUser(db, session.cookieValue)).toBeNull();
    await expect(signInWithPassword(db, email, reset.password)).resolves.toMatchObject({ id: user.id });
  });

  it("sets a chosen password, also on an account that had none", async () => {
    const { user, email } = await newAccount("reset-chosen", null);
    expect(await setPassword(db, email, "chosen password")).toMatchObject({ generated: false, sessionsEnded: 0 });
    await expect(signInWithPassword(db, email, "chosen password")).resolves.toMatchObject({ id: user.id });
  });

  it("refuses an unknown email and a short password", async () => {
    expect((await rejection(setPassword(db, `nobody-${run}@example.test`, "long enough"))).code).toBe("not_found");
    const { email } = await newAccount("reset-short");
    expect((await rejection(setPassword(db, email, "short"))).message).toMatch(/at least 8/);
  });
});
