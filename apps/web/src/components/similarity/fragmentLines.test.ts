import { describe, expect, it } from "vitest";
import { fragmentLines } from "./fragmentLines";

describe("fragmentLines", () => {
  it("marks each line with its fragment, the earlier (longer) fragment winning overlaps", () => {
    expect(
      fragmentLines(6, [
        { startLine: 2, endLine: 4 },
        { startLine: 4, endLine: 5 },
      ]),
    ).toEqual([null, 0, 0, 0, 1, null]);
  });

  it("ignores lines outside the source", () => {
    expect(fragmentLines(2, [{ startLine: 2, endLine: 9 }])).toEqual([null, 0]);
  });
});
