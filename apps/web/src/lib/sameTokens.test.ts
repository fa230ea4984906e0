import { describe, expect, it } from "vitest";
import { sameInput, sameTokens } from "./sameTokens";

describe("sameTokens", () => {
  it("ignores whitespace but not content", () => {
    expect(sameTokens("3\n", "3")).toBe(true);
    expect(sameTokens("1  2\r\n3", "1 2 3\n")).toBe(true);
    expect(sameTokens("1 2", "12")).toBe(false);
    expect(sameTokens("", "0")).toBe(false);
    expect(sameTokens("", "\n")).toBe(true);
  });
});

describe("sameInput", () => {
  it("ignores line endings and trailing blanks only", () => {
    expect(sameInput("1 2\r\n", "1 2\n\n")).toBe(true);
    expect(sameInput("1 2  \n3", "1 2\n3")).toBe(true);
    expect(sameInput("1  2", "1 2")).toBe(false);
  });
});
