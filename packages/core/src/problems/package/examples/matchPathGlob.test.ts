import { describe, expect, it } from "vitest";
import { expandBraces, matchesPathOrAncestor } from "./matchPathGlob";

describe("matchesPathOrAncestor", () => {
  it.each([
    ["accepted", "accepted/sol.py", true],
    ["accepted/*", "accepted/sol.py", true],
    ["accepted/*.py", "accepted/sol.cpp", false],
    ["wrong_answer/{a,b}.py", "wrong_answer/b.py", true],
    ["wrong_answer/{a,b}.py", "wrong_answer/c.py", false],
    ["*", "accepted/sol.py", true], // the directory matches
    ["secret/*-easy", "secret/03-easy/1", true],
    ["secret/*-easy", "secret/03-hard/1", false],
    ["secret/group1", "secret/group10/1", false],
    ["secret/*", "sample/1", false],
    ["a.b", "axb", false], // a dot is a dot
    ["accepted/{x,{y,z}}.py", "accepted/z.py", true],
  ])("%s against %s: %s", (pattern, path, expected) => {
    expect(matchesPathOrAncestor(pattern, path)).toBe(expected);
  });

  it("refuses brace patterns that would blow up", () => {
    expect(expandBraces("{a,b}{c,d}")).toEqual(["ac", "ad", "bc", "bd"]);
    expect(expandBraces("{a,b,c,d}".repeat(5))).toBeUndefined();
    expect(matchesPathOrAncestor("{a,b,c,d}".repeat(5), "a")).toBe(false);
  });
});
