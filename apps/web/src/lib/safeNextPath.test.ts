import { describe, expect, it } from "vitest";
import { DEFAULT_NEXT_PATH, safeNextPath } from "./safeNextPath";

describe("safeNextPath", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeNextPath("/problems/aplusb")).toBe("/problems/aplusb");
    expect(safeNextPath("/submissions?problem=aplusb&verdict=WA")).toBe("/submissions?problem=aplusb&verdict=WA");
    expect(safeNextPath("/problems/aplusb#statement")).toBe("/problems/aplusb#statement");
    expect(safeNextPath("/submissions?problem=a%20b")).toBe("/submissions?problem=a%20b");
    expect(safeNextPath("/submissions?problem=100%25")).toBe("/submissions?problem=100%25");
  });

  it("normalises dot segments instead of passing them through", () => {
    expect(safeNextPath("/problems/../account")).toBe("/account");
  });

  it.each([
    ["absolute URL", "https://evil.example"],
    ["absolute URL with our path", "http://evil.example/problems"],
    ["javascript: URL", "javascript:alert(1)"],
    ["scheme-relative", "//evil.example"],
    ["three slashes", "///evil.example"],
    ["slash backslash", "/\\evil.example"],
    ["backslashes", "\\\\evil.example"],
    ["backslash later", "/problems\\..\\evil"],
    ["tab after the slash", "/\t/evil.example"],
    ["newline after the slash", "/\n/evil.example"],
    ["carriage return", "/\r/evil.example"],
    ["leading space", " /problems"],
    ["NUL", "/problems\u0000"],
    ["encoded slash", "/%2F/evil.example"],
    ["encoded slash, lower case", "/%2f/evil.example"],
    ["encoded backslash", "/%5Cevil.example"],
    ["encoded tab", "/%09/evil.example"],
    ["encoded newline", "/%0A/evil.example"],
    ["encoded NUL", "/problems%00"],
    ["double-encoded slash", "/%252F/evil.example"],
    ["triple-encoded slash", "/%25252F/evil.example"],
    ["too deeply encoded", "/%2525252F/evil.example"],
    ["non-ASCII", "/problèmes"],
    ["fullwidth solidus", "/\uff0f/evil.example"],
    ["ideographic full stop", "/\u3002evil.example"],
    ["relative path", "problems"],
    ["empty", ""],
    ["too long", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_name, value) => {
    expect(safeNextPath(value)).toBe(DEFAULT_NEXT_PATH);
  });

  it("refuses what is not a string", () => {
    for (const value of [null, undefined, 42, ["/problems"], { next: "/problems" }]) {
      expect(safeNextPath(value)).toBe(DEFAULT_NEXT_PATH);
    }
  });
});
