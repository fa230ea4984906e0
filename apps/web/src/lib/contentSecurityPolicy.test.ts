import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, parseContentSecurityPolicy } from "./contentSecurityPolicy";

describe("contentSecurityPolicy", () => {
  it("allows inline scripts only with the nonce, and never eval in production", () => {
    const policy = parseContentSecurityPolicy(contentSecurityPolicy({ nonce: "abc123==", development: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("adds eval in development only", () => {
    const policy = parseContentSecurityPolicy(contentSecurityPolicy({ nonce: "n", development: true }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("keeps inline styles working: no nonce in style-src (it would switch 'unsafe-inline' off)", () => {
    const policy = parseContentSecurityPolicy(contentSecurityPolicy({ nonce: "n", development: false }));
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => newNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
