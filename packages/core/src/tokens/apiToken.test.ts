import { describe, expect, it } from "vitest";
import { apiTokenHash, newApiToken, parseBearerToken } from "./apiToken";

describe("newApiToken", () => {
  it("is arb_ followed by 32 random bytes in base64url", () => {
    const token = newApiToken();
    expect(token).toMatch(/^arb_[A-Za-z0-9_-]{43}$/);
    expect(newApiToken()).not.toBe(token);
  });
});

describe("apiTokenHash", () => {
  it("is the SHA-256 hex of the token", () => {
    expect(apiTokenHash("arb_x")).toMatch(/^[0-9a-f]{64}$/);
    expect(apiTokenHash("arb_x")).toBe(apiTokenHash("arb_x"));
    expect(apiTokenHash("arb_x")).not.toBe(apiTokenHash("arb_y"));
  });
});

describe("parseBearerToken", () => {
  const token = newApiToken();
  it("accepts the Bearer scheme case-insensitively, with surrounding blanks", () => {
    expect(parseBearerToken(`Bearer ${token}`)).toBe(token);
    expect(parseBearerToken(`bearer  ${token} `)).toBe(token);
  });
  it("rejects anything else", () => {
    for (const header of [
      null,
      undefined,
      "",
      "Bearer",
      `Basic ${token}`,
      `Bearer ${token} extra`,
      "Bearer abc",
      `Bearer arb_${"a".repeat(500)}`,
      `Bearer arb_a+b/c=`,
    ]) {
      expect(parseBearerToken(header)).toBeNull();
    }
  });
});
