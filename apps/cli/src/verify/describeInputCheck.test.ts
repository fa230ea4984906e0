import { describe, expect, it } from "vitest";
import { describeInputCheck, summarizeInputChecks } from "./describeInputCheck";

const rel = "input_validators/validate.py";

describe("describeInputCheck", () => {
  it("summarises a validator that accepted every input in one line", () => {
    expect(describeInputCheck({ rel, outcome: "ran", valid: 10, total: 10, problems: [] })).toEqual({
      lines: ["input_validators/validate.py: 10 of 10 inputs valid"],
    });
  });

  it("names each input it did not accept, with the first line of what the validator said", () => {
    const check = describeInputCheck({
      rel,
      outcome: "ran",
      valid: 7,
      total: 10,
      problems: [
        { test: "data/secret/3.in", status: "invalid", message: "a is out of range\nmore detail" },
        { test: "data/secret/4.in", status: "invalid" },
        {
          test: "data/secret/5.in",
          status: "failed",
          reason: "exited with code 1, not 42 or 43",
          message: 'Traceback (most recent call last):\n  File "main.py", line 3\nValueError: bad token',
        },
      ],
    });
    expect(check).toEqual({
      lines: [
        "input_validators/validate.py: 7 of 10 inputs valid",
        "  data/secret/3.in: invalid: a is out of range",
        "  data/secret/4.in: invalid",
        "  data/secret/5.in: validator failed (exited with code 1, not 42 or 43): ValueError: bad token",
      ],
    });
  });

  it("cuts a long message to 200 characters", () => {
    const [, line] = describeInputCheck({
      rel,
      outcome: "ran",
      valid: 0,
      total: 1,
      problems: [{ test: "data/sample/1.in", status: "invalid", message: "x".repeat(500) }],
    }).lines;
    expect(line).toBe(`  data/sample/1.in: invalid: ${"x".repeat(200)}…`);
  });

  it("reports a validator that does not compile with the compiler's first error", () => {
    expect(
      describeInputCheck({
        rel: "input_validators/check.cpp",
        outcome: "not-compiled",
        reason: "does not compile",
        output: "main.cpp: In function 'int main()':\nmain.cpp:1:1: error: 'x' does not name a type\n    1 | x\n",
      }),
    ).toEqual({
      lines: ["input_validators/check.cpp: does not compile: main.cpp:1:1: error: 'x' does not name a type"],
    });
  });

  it("turns a skipped validator into a warning", () => {
    expect(
      describeInputCheck({
        rel: "input_validators/format.ctd",
        outcome: "skipped",
        why: "checktestdata is not installed",
      }),
    ).toEqual({
      lines: [],
      warning:
        "input_validators/format.ctd: skipped (checktestdata is not installed); the inputs were not checked with it",
    });
  });
});

describe("summarizeInputChecks", () => {
  it("says nothing when every validator that ran accepted every input", () => {
    expect(summarizeInputChecks([])).toBeUndefined();
    expect(
      summarizeInputChecks([
        { rel, outcome: "ran", valid: 3, total: 3, problems: [] },
        { rel: "input_validators/f.ctd", outcome: "skipped", why: "checktestdata is not installed" },
      ]),
    ).toBeUndefined();
  });

  it("counts invalid inputs, validator failures and validators that do not compile", () => {
    expect(
      summarizeInputChecks([
        {
          rel,
          outcome: "ran",
          valid: 0,
          total: 3,
          problems: [
            { test: "data/secret/1.in", status: "invalid" },
            { test: "data/secret/2.in", status: "invalid" },
            { test: "data/secret/3.in", status: "failed", reason: "was killed by signal 6" },
          ],
        },
        { rel: "input_validators/v.c", outcome: "not-compiled", reason: "does not compile", output: "" },
      ]),
    ).toBe("Input validation failed: 2 invalid inputs, 1 validator failure, 1 validator not compiled.");
  });
});
