import { describe, expect, it } from "vitest";
import { tokensMatch } from "./tokens";

const match = (output: string, answer: string): boolean => tokensMatch(Buffer.from(output), Buffer.from(answer));

describe("tokensMatch", () => {
  it("ignores whitespace amount, line breaks and a missing final newline", () => {
    expect(match("3", "3\n")).toBe(true);
    expect(match("1  2\r\n3\n\n", "1 2 3\n")).toBe(true);
  });
  it("rejects different, missing or extra tokens", () => {
    expect(match("4\n", "3\n")).toBe(false);
    expect(match("1 2\n", "1 2 3\n")).toBe(false);
    expect(match("1 2 3 4\n", "1 2 3\n")).toBe(false);
    expect(match("", "0\n")).toBe(false);
  });
  it("treats NUL as part of a token, not as whitespace", () => {
    expect(match("3\u0000", "3\n")).toBe(false);
    expect(match("a\u0000b", "a b")).toBe(false);
  });
  it("compares case-sensitively and byte-exactly", () => {
    expect(match("YES", "yes")).toBe(false);
    expect(match("3.0", "3")).toBe(false);
  });
});
