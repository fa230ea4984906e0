import { describe, expect, it } from "vitest";
import type { DefaultCheckerConfig } from "@arbiter/shared";
import { checkDefault, parseNumberToken } from "./defaultChecker";

type Flags = Partial<Omit<DefaultCheckerConfig, "kind">>;

const config = (flags: Flags = {}): DefaultCheckerConfig => ({
  kind: "default",
  caseSensitive: true,
  spaceChangeSensitive: false,
  ...flags,
});
const check = (output: string, answer: string, flags: Flags = {}) =>
  checkDefault(config(flags), Buffer.from(output, "latin1"), Buffer.from(answer, "latin1"));
const verdict = (output: string, answer: string, flags: Flags = {}) => check(output, answer, flags).verdict;

/** Each case: answer, flags, outputs that must be accepted, outputs that must be rejected. */
interface Case {
  name: string;
  answer: string;
  flags?: Flags;
  ac: string[];
  wa: string[];
}

const CASES: Case[] = [
  {
    name: "whitespace-lenient, empty answer",
    answer: "",
    ac: ["", " ", "\n", "\t", " \t\n\v\f\r \n"],
    wa: ["0", ".", " 0 ", "\0", "a"],
  },
  {
    name: "whitespace-lenient tokens",
    answer: "A B\n",
    ac: ["A B\n", "A B", " A  B \t\n", "A\nB", "A\r\nB\r\n", "\n\nA\tB\n\n\n"],
    wa: ["A B X", "X A B", "A B\nX", "AB", "A", "B A", ""],
  },
  {
    name: "NUL is part of a token, not whitespace",
    answer: "a b\n",
    ac: ["a b"],
    wa: ["a\0b", "a\0 b", "a b\0", "\0a b"],
  },
  {
    name: "space-change-sensitive, empty answer",
    answer: "",
    flags: { spaceChangeSensitive: true },
    ac: [""],
    wa: ["\n", " ", "\t", "0", " 0"],
  },
  {
    name: "space-change-sensitive tokens",
    answer: "1 2\n3\n",
    flags: { spaceChangeSensitive: true },
    ac: ["1 2\n3\n"],
    wa: ["1 2\n3", "1 2\n3\n\n", "1  2\n3\n", "1\t2\n3\n", "1 2 3\n", " 1 2\n3\n", "1 2\r\n3\n", "1 2\n3\n "],
  },
  {
    name: "space-change-sensitive, answer without final newline",
    answer: "x",
    flags: { spaceChangeSensitive: true },
    ac: ["x"],
    wa: ["x\n", " x"],
  },
  {
    name: "case-sensitive (the schema's default)",
    answer: "Yes\n",
    ac: ["Yes"],
    wa: ["yes", "YES", "yEs"],
  },
  {
    name: "case-insensitive, ASCII only",
    answer: "Yes NO\n",
    flags: { caseSensitive: false },
    ac: ["yes no", "YES No", "yEs nO"],
    wa: ["yes", "ye no", "yess no", "Yes N0"],
  },
  {
    name: "case-insensitive does not fold non-ASCII bytes",
    answer: "\xc9t\xe9",
    flags: { caseSensitive: false },
    ac: ["\xc9T\xe9"],
    wa: ["\xe9t\xe9", "\xc9t\xc9"],
  },
  {
    name: "numbers without a tolerance compare as strings",
    answer: "0 1.5\n",
    ac: ["0 1.5"],
    wa: ["0.0 1.5", "-0 1.5", "0 1.50", "0 1.5000000001"],
  },
  {
    name: "absolute tolerance",
    answer: "10 11\n",
    flags: { floatAbsoluteTolerance: 1 },
    ac: ["10 11", "10.1 11.9", "9 10", "11 12", "1e1 1.1e1", "1E1 1.1E+1", "+10 011", "10. 11.0"],
    wa: ["10 9.99999999", "11.000000001 11", "10 12.5", "10 x"],
  },
  {
    name: "relative tolerance is relative to the answer",
    answer: "10 20\n",
    flags: { floatRelativeTolerance: 0.5 },
    ac: ["5 10", "15 30", "10 20"],
    wa: ["4.999 20", "15.0001 20", "10 30.00001", "10 asdf", "A B"],
  },
  {
    name: "both tolerances: either suffices",
    answer: "1000 0.001\n",
    flags: { floatAbsoluteTolerance: 0.5, floatRelativeTolerance: 0.5 },
    ac: ["500 -0.499", "1500 0.501", "999.5 0.0005", "1000.5 0.0015"],
    wa: ["499 -0.499", "500 -0.500", "1501 0.501", "1500 0.5010001", "1000 0.001 X", "X 1000 0.001", "1000"],
  },
  {
    name: "mixed tokens: non-numbers in the answer still compare as strings",
    answer: "Case #1: 2.5 yes\n",
    flags: { floatAbsoluteTolerance: 0.1 },
    ac: ["Case #1: 2.55 yes", "Case #1: 2.45 yes"],
    wa: ["case #1: 2.5 yes", "Case #1: 2.5 Yes", "Case #1: 2.7 yes", "Case #1.0: 2.5 yes"],
  },
  {
    name: "a token that merely starts with a number is a string",
    answer: "1000A X1000\n",
    flags: { floatAbsoluteTolerance: 0.5, caseSensitive: false },
    ac: ["1000A X1000", "1000a x1000"],
    wa: ["1000.0a X1000", "1000A x1000.0"],
  },
  {
    name: "malformed and hex numbers in the output are rejected",
    answer: "8\n",
    flags: { floatAbsoluteTolerance: 1e-6 },
    ac: ["8", "8.0000000", "+8", "8e0", "0.8e1", "80e-1"],
    wa: [
      "0x1p3",
      "0x8",
      "8e",
      "--8",
      "+-8",
      "8..0",
      "8.0.0",
      "8,0",
      "8f",
      "8_0",
      "e8",
      ".",
      "+",
      "inf",
      "nan",
      "",
      "8 8",
    ],
  },
  {
    name: "answer 0 with a tolerance",
    answer: "0\n",
    flags: { floatAbsoluteTolerance: 0.5, floatRelativeTolerance: 0.5 },
    ac: ["-0.5", "0.00", "0", "0.5", "-0"],
    wa: ["0.51", "inf", "-inf", "nan"],
  },
  {
    name: "answer inf: only the same infinity, any case",
    answer: "inf\n",
    flags: { floatAbsoluteTolerance: 0.5 },
    ac: ["inf", "INF", "Inf", "+inf", "Infinity", "1e400"],
    wa: ["-inf", "nan", "0", "1e300", "infinit", "in"],
  },
  {
    name: "answer -inf",
    answer: "-inf\n",
    flags: { floatAbsoluteTolerance: 0.5 },
    ac: ["-inf", "-INF", "-Infinity", "-1e999"],
    wa: ["inf", "nan", "0", "-1"],
  },
  {
    name: "answer nan: only nan",
    answer: "nan\n",
    flags: { floatRelativeTolerance: 0.5 },
    ac: ["nan", "NaN", "NAN", "-nan", "+nan"],
    wa: ["inf", "-inf", "0", "1", "nana"],
  },
  {
    name: "a finite answer rejects non-finite output",
    answer: "-1\n",
    flags: { floatAbsoluteTolerance: 0.5 },
    ac: ["-1", "-0.5", "-1.5"],
    wa: ["inf", "-inf", "nan", "0", "1", "0.5", "1.5"],
  },
  {
    name: "tolerance 0 means exact numeric equality, not string equality",
    answer: "0.1\n",
    flags: { floatAbsoluteTolerance: 0 },
    ac: ["0.1", "0.10", "1e-1", ".1", "+0.1"],
    wa: ["0.1000000001", "0.09999999"],
  },
];

describe("checkDefault", () => {
  describe.each(CASES)("$name", ({ answer, flags, ac, wa }) => {
    it.each(ac)("accepts %j", (output) => {
      expect(check(output, answer, flags)).toEqual({ verdict: "AC" });
    });
    it.each(wa)("rejects %j", (output) => {
      const result = check(output, answer, flags);
      expect(result.verdict).toBe("WA");
      expect(result.message).toEqual(expect.any(String));
    });
  });

  it("measures relative tolerance against the answer, not the output", () => {
    // |5 - 10| = 5 ≤ 0.5·10, but with the roles swapped |10 - 5| = 5 > 0.5·5.
    expect(verdict("5", "10", { floatRelativeTolerance: 0.5 })).toBe("AC");
    expect(verdict("10", "5", { floatRelativeTolerance: 0.5 })).toBe("WA");
  });

  it("accepts at exactly the tolerance and rejects just beyond it", () => {
    expect(verdict("1.5", "1", { floatAbsoluteTolerance: 0.5 })).toBe("AC");
    expect(verdict("1.5000001", "1", { floatAbsoluteTolerance: 0.5 })).toBe("WA");
    expect(verdict("150", "100", { floatRelativeTolerance: 0.5 })).toBe("AC");
    expect(verdict("150.001", "100", { floatRelativeTolerance: 0.5 })).toBe("WA");
  });

  it("handles large outputs in one pass", () => {
    const answer = Buffer.from(`${Array.from({ length: 200_000 }, (_, i) => i).join(" ")}\n`);
    const output = Buffer.from(answer.toString().replaceAll(" ", "\n"));
    expect(checkDefault(config(), output, answer).verdict).toBe("AC");
    expect(checkDefault(config({ spaceChangeSensitive: true }), output, answer).verdict).toBe("WA");
    output[output.length - 2] = 0x30; // last token 199999 -> 199990
    const result = checkDefault(config(), output, answer);
    expect(result.verdict).toBe("WA");
    expect(result.message).toContain("token 200000: expected 199999, got 199990");
  });
});

describe("checkDefault messages", () => {
  it("names the token, its output line, and both values", () => {
    expect(check("1 2\n41\n", "1 2 42\n").message).toBe("line 2, token 3: expected 42, got 41");
  });
  it("says when the output ends early or runs on", () => {
    expect(check("1 2", "1 2 3").message).toBe("output ended after 2 tokens; expected 3 next");
    expect(check("", "7").message).toBe("output ended after 0 tokens; expected 7 next");
    expect(check("1 2 3\n4", "1 2 3").message).toBe("line 2: extra output after 3 tokens: 4");
  });
  it("shows whitespace differences quoted", () => {
    expect(check("1  2\n", "1 2\n", { spaceChangeSensitive: true }).message).toBe(
      'line 1: whitespace before token 2 differs: expected " ", got "  "',
    );
    expect(check("1 2", "1 2\n", { spaceChangeSensitive: true }).message).toBe(
      'line 1: trailing whitespace differs: expected "\\n", got ""',
    );
  });
  it("quotes unprintable tokens and cuts long ones", () => {
    expect(check("a\0", "a").message).toBe('line 1, token 1: expected a, got "a\\u0000"');
    const long = "x".repeat(100);
    expect(check(long, "y").message).toBe(`line 1, token 1: expected y, got ${"x".repeat(48)}…`);
  });
  it("explains numeric rejections with the difference and tolerance", () => {
    expect(check("1.7", "1.5", { floatAbsoluteTolerance: 0.1 }).message).toMatch(
      /^line 1, token 1: expected 1\.5, got 1\.7 \(difference 0\.19\d*; tolerance absolute 0\.1\)$/,
    );
    expect(check("abc", "1.5", { floatAbsoluteTolerance: 0.1, floatRelativeTolerance: 1e-6 }).message).toBe(
      "line 1, token 1: expected 1.5, got abc (not a number)",
    );
  });
});

describe("parseNumberToken", () => {
  it.each([
    ["0", 0],
    ["-12", -12],
    ["+3.25", 3.25],
    ["1.", 1],
    [".5", 0.5],
    ["1.e2", 100],
    ["2E-3", 0.002],
    ["007", 7],
    ["1e400", Infinity],
    ["-INF", -Infinity],
    ["Infinity", Infinity],
  ])("reads %s as %d", (text, value) => {
    expect(parseNumberToken(text)).toBe(value);
  });
  it("reads nan in any case and sign as NaN", () => {
    for (const text of ["nan", "NaN", "-nan", "+NAN"]) expect(parseNumberToken(text)).toBeNaN();
  });
  it.each([
    "",
    ".",
    "+",
    "-",
    "e5",
    "1e",
    "1e+",
    "--1",
    "+-1",
    "1.2.3",
    "0x10",
    "0x1p3",
    "1_000",
    "1,5",
    " 1",
    "1 ",
    "١",
    "infinit",
    "nanx",
    "0b1",
  ])("rejects %j", (text) => {
    expect(parseNumberToken(text)).toBeNull();
  });
});
