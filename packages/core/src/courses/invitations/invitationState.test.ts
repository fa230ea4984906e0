import { describe, expect, it } from "vitest";
import { invitationPath, invitationState } from "./invitationState";

const expiresAt = new Date("2026-05-01T12:00:00Z");

describe("invitationState", () => {
  it("is valid until the expiry instant, expired from it", () => {
    expect(invitationState({ usedAt: null, expiresAt }, new Date("2026-05-01T11:59:59.999Z"))).toBe("valid");
    expect(invitationState({ usedAt: null, expiresAt }, expiresAt)).toBe("expired");
  });

  it("is used once used, even before it would expire", () => {
    expect(
      invitationState({ usedAt: new Date("2026-04-01T00:00:00Z"), expiresAt }, new Date("2026-04-02T00:00:00Z")),
    ).toBe("used");
  });

  it("puts the token in the page path only", () => {
    expect(invitationPath("abc_DEF-123")).toBe("/invite/abc_DEF-123");
  });
});
