import { describe, expect, it } from "vitest";
import { formatJoinCode, generateJoinCode, JOIN_CODE_LENGTH, normalizeJoinCode } from "./joinCode";

describe("join codes", () => {
  it("are 8 symbols from the unambiguous alphabet, and differ from call to call", () => {
    const codes = Array.from({ length: 200 }, generateJoinCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(new Set(codes).size).toBe(200);
    // Over 1,600 symbols every one of the 32 shows up; a bias to a subset would not.
    expect(new Set(codes.join("")).size).toBe(32);
  });

  it("read back whatever case, spaces and dashes people type", () => {
    expect(normalizeJoinCode("7kq4-m2xd")).toBe("7KQ4M2XD");
    expect(normalizeJoinCode(" 7KQ4 M2XD ")).toBe("7KQ4M2XD");
    expect(normalizeJoinCode("7k-q4–m2 xd")).toBe("7KQ4M2XD");
    expect(normalizeJoinCode(formatJoinCode("7KQ4M2XD"))).toBe("7KQ4M2XD");
  });

  it("read O as 0 and I or L as 1, like Crockford's Base32", () => {
    expect(normalizeJoinCode("O1IL-o0il")).toBe("01110011");
  });

  it("reject the wrong length and symbols outside the alphabet", () => {
    expect(normalizeJoinCode("7KQ4M2X")).toBeNull();
    expect(normalizeJoinCode("7KQ4M2XDD")).toBeNull();
    expect(normalizeJoinCode("7KQ4M2XU")).toBeNull();
    expect(normalizeJoinCode("7KQ4M2X!")).toBeNull();
    expect(normalizeJoinCode("")).toBeNull();
  });

  it("format as two groups of four", () => {
    expect(formatJoinCode("7KQ4M2XD")).toBe("7KQ4-M2XD");
    expect(JOIN_CODE_LENGTH).toBe(8);
  });
});
