import { describe, expect, it } from "vitest";
import { parseValidatorFlags, splitFlags } from "./parseValidatorFlags";

const parse = (flags: string) => parseValidatorFlags(splitFlags(flags));

describe("parseValidatorFlags", () => {
  it("is case-insensitive and whitespace-insensitive by default, like Kattis's default validator", () => {
    expect(parse("")).toEqual({ kind: "default", caseSensitive: false, spaceChangeSensitive: false });
  });

  it("reads the sensitivity flags", () => {
    expect(parse("case_sensitive space_change_sensitive")).toEqual({
      kind: "default",
      caseSensitive: true,
      spaceChangeSensitive: true,
    });
  });

  it("reads tolerances; float_tolerance sets both and later flags override", () => {
    expect(parse("float_tolerance 1e-6")).toMatchObject({ floatAbsoluteTolerance: 1e-6, floatRelativeTolerance: 1e-6 });
    expect(parse("float_absolute_tolerance 0.5")).toEqual({
      kind: "default",
      caseSensitive: false,
      spaceChangeSensitive: false,
      floatAbsoluteTolerance: 0.5,
    });
    expect(parse("float_relative_tolerance .25")).toMatchObject({ floatRelativeTolerance: 0.25 });
    expect(parse("float_tolerance 1e-6 float_relative_tolerance 1E-3")).toMatchObject({
      floatAbsoluteTolerance: 1e-6,
      floatRelativeTolerance: 1e-3,
    });
  });

  it.each([
    ["float_tolerance", /needs a non-negative number/],
    ["float_tolerance -1", /needs a non-negative number/],
    ["float_tolerance 0x10", /needs a non-negative number/],
    ["float_tolerance inf", /needs a non-negative number/],
    ["float_tolerance 1e999", /needs a non-negative number/],
    ["case_insensitive", /unknown flag "case_insensitive"/],
  ])("rejects %j", (flags, message) => {
    expect(() => parse(flags)).toThrow(message);
  });

  it("splits strings and lists of strings on whitespace", () => {
    expect(splitFlags("  a   b\tc ")).toEqual(["a", "b", "c"]);
    expect(splitFlags(["a b", "c"])).toEqual(["a", "b", "c"]);
    expect(splitFlags(undefined)).toEqual([]);
  });
});
