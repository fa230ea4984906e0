import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safeReturnPath";

describe("safeReturnPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeReturnPath("/problems/aplusb")).toBe("/problems/aplusb");
    expect(safeReturnPath("/submissions?problem=aplusb")).toBe("/submissions?problem=aplusb");
  });

  it("falls back to the problem list for anything that could leave the site", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil",
      "problems",
      "",
      null,
      42,
    ]) {
      expect(safeReturnPath(value)).toBe("/problems");
    }
  });
});
