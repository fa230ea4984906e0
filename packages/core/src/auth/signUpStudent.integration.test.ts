import { randomBytes } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "../errors";
import { verifyPassword } from "../users/password";
import { SIGN_UP_REFUSED, signUpStudent } from "./signUpStudent";

const run = randomBytes(4).toString("hex");
let db: PrismaClient;

beforeAll(() => {
  db = createPrismaClient();
});

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@example.test` } } });
  await db.$disconnect();
});

async function refusal(input: Parameters<typeof signUpStudent>[1]): Promise<string> {
  const error: unknown = await signUpStudent(db, input).catch((e: unknown) => e);
  expect(isAppError(error) && error.code).toBe("bad_request");
  return (error as Error).message;
}

describe("signUpStudent", () => {
  it("creates a student with a trimmed name, a lower-cased email and an scrypt hash", async () => {
    const user = await signUpStudent(db, {
      email: ` Ada-${run}@Example.TEST `,
      name: "  Ada Lovelace ",
      password: "analytical engine",
    });
    expect(user).toMatchObject({ email: `ada-${run}@example.test`, name: "Ada Lovelace", role: "student" });
    expect(await verifyPassword("analytical engine", user.passwordHash ?? "")).toBe(true);
  });

  it("refuses a registered email, whatever its case, without saying it is registered", async () => {
    const error: unknown = await signUpStudent(db, {
      email: `ADA-${run}@example.test`,
      name: "Other",
      password: "another password",
    }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe("conflict");
    expect((error as Error).message).toBe(SIGN_UP_REFUSED);
    expect((error as Error).message).not.toMatch(/exists|registered|taken/i);
  });

  it("explains each invalid field", async () => {
    const ok = { email: `bob-${run}@example.test`, name: "Bob", password: "long enough" };
    expect(await refusal({ ...ok, name: "   " })).toBe("Enter your name.");
    expect(await refusal({ ...ok, email: "bob" })).toMatch(/valid email address/);
    expect(await refusal({ ...ok, password: "short" })).toBe("Choose a password of at least 8 characters.");
    expect(await refusal({ ...ok, name: "a\u0000b" })).toMatch(/cannot store/);
    expect(await db.user.count({ where: { email: ok.email } })).toBe(0);
  });
});
