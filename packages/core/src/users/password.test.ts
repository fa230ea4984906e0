import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

// Each hash is deliberately slow (scrypt, 32 MiB); on a busy 2-core machine four of them
// can take longer than vitest's 5 s default.
describe("hashPassword / verifyPassword", { timeout: 30_000 }, () => {
  it("stores scrypt parameters, a 16-byte salt and a 32-byte key", async () => {
    const hash = await hashPassword("correct horse");
    const [scheme, N, r, p, salt, key] = hash.split("$");
    expect([scheme, N, r, p]).toEqual(["scrypt", "32768", "8", "1"]);
    expect(Buffer.from(salt ?? "", "base64")).toHaveLength(16);
    expect(Buffer.from(key ?? "", "base64")).toHaveLength(32);
  });

  it("accepts the right password and rejects others", async () => {
    const hash = await hashPassword("correct horse");
    expect(await verifyPassword("correct horse", hash)).toBe(true);
    expect(await verifyPassword("correct horsE", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });

  it("treats composed and decomposed accents as the same password", async () => {
    const hash = await hashPassword("caf\u00e9-latte");
    expect(await verifyPassword("cafe\u0301-latte", hash)).toBe(true);
  });

  it("rejects malformed or hostile hashes without throwing", async () => {
    const good = await hashPassword("pw123456");
    const [, , , , salt, key] = good.split("$");
    for (const bad of [
      "",
      "plain",
      "bcrypt$10$abc",
      `scrypt$32768$8$1$${salt}`,
      `scrypt$1000$8$1$${salt}$${key}`, // N not a power of two
      `scrypt$2097152$8$1$${salt}$${key}`, // N too large: would allocate 2 GiB
      `scrypt$32768$99$1$${salt}$${key}`,
      `scrypt$32768$8$1$$${key}`,
    ]) {
      expect(await verifyPassword("pw123456", bad)).toBe(false);
    }
  });
});
