import { describe, expect, it } from "vitest";
import { CHECKER_MESSAGE_MAX_BYTES, clipMessage, scoreFraction } from "./checkResult";
import { checkerLimits } from "./checkerLimits";
import { interpretIcpcRun } from "./interpretIcpcRun";
import { interpretTestlibRun } from "./interpretTestlibRun";
import { fakeRunResult } from "../testing/runResults";

const limits = checkerLimits({ timeLimitMs: 1000, memoryLimitBytes: 64 * 1024 * 1024 });

const run = fakeRunResult;

describe("interpretTestlibRun", () => {
  it("maps testlib's exit codes", () => {
    expect(interpretTestlibRun(run({ exitCode: 0, stderr: "ok 3 numbers\n" }), limits)).toEqual({
      verdict: "AC",
      message: "ok 3 numbers",
    });
    expect(interpretTestlibRun(run({ exitCode: 1, stderr: "wrong answer 1st numbers differ\n" }), limits)).toEqual({
      verdict: "WA",
      message: "wrong answer 1st numbers differ",
    });
    expect(interpretTestlibRun(run({ exitCode: 0 }), limits)).toEqual({ verdict: "AC" });
  });

  it.each([2, 4, 8])("treats exit code %i (output format) as WA, not IE", (exitCode) => {
    expect(
      interpretTestlibRun(run({ exitCode, stderr: "wrong output format Unexpected end of file\n" }), limits),
    ).toEqual({
      verdict: "WA",
      message: "presentation error: wrong output format Unexpected end of file",
    });
  });

  it("reads partial points as a fraction from stderr, else stdout", () => {
    expect(interpretTestlibRun(run({ exitCode: 7, stderr: "points 0.25 one of four\n" }), limits)).toEqual({
      verdict: "WA",
      fraction: 0.25,
      message: "points 0.25 one of four",
    });
    expect(interpretTestlibRun(run({ exitCode: 7, stdout: "debug\npoints .5\n" }), limits)).toMatchObject({
      verdict: "WA",
      fraction: 0.5,
    });
    expect(interpretTestlibRun(run({ exitCode: 7, stderr: "points 1" }), limits)).toMatchObject({
      verdict: "AC",
      fraction: 1,
    });
    expect(interpretTestlibRun(run({ exitCode: 7, stderr: "points 0\n" }), limits)).toMatchObject({
      verdict: "WA",
      fraction: 0,
    });
  });

  it.each([
    ["no points line", "partially right\n"],
    ["points above 1", "points 1.5\n"],
    ["negative points", "points -0.1\n"],
    ["a malformed value", "points 0.5x\n"],
  ])("makes exit 7 with %s an IE", (_name, stderr) => {
    const result = interpretTestlibRun(run({ exitCode: 7, stderr }), limits);
    expect(result.verdict).toBe("IE");
    expect(result.fraction).toBeUndefined();
  });

  it.each([
    [
      "exit 3 (checker failure)",
      run({ exitCode: 3, stderr: "FAIL answer file is broken" }),
      /failure.*FAIL answer file is broken/,
    ],
    ["an unknown exit code", run({ exitCode: 5 }), /unexpected code 5/],
    ["a signal", run({ status: "signaled", exitCode: null, signal: 11 }), /signal 11/],
    ["the CPU limit", run({ status: "cpu", exitCode: null, signal: 9 }), /CPU time limit of 1000 ms/],
    ["CPU time over the limit", run({ exitCode: 0, cpuTimeUs: 1_000_001 }), /CPU time limit/],
    ["the wall limit", run({ status: "wall", exitCode: null, signal: 9 }), /wall time limit of 2000 ms/],
    ["an OOM kill", run({ status: "signaled", exitCode: null, signal: 9, oomKilled: true }), /memory limit of 64 MiB/],
    ["memory over the limit", run({ exitCode: 1, memoryKb: 64 * 1024 + 1 }), /memory limit/],
    ["too much output", run({ status: "output", exitCode: null, signal: 9 }), /printed more than/],
    ["a failed start", run({ status: "setup", exitCode: 2 }), /could not start \(errno 2\)/],
  ])("makes %s an IE, never WA", (_name, result, message) => {
    const interpreted = interpretTestlibRun(result, limits);
    expect(interpreted.verdict).toBe("IE");
    expect(interpreted.message).toMatch(message);
  });
});

describe("interpretIcpcRun", () => {
  it("maps 42 to AC and 43 to WA, with judgemessage.txt as the message", () => {
    expect(interpretIcpcRun(run({ exitCode: 42 }), limits)).toEqual({ verdict: "AC" });
    expect(
      interpretIcpcRun(run({ exitCode: 43, stderr: "debug" }), limits, { judgeMessage: "expected 3, got 4\n" }),
    ).toEqual({
      verdict: "WA",
      message: "expected 3, got 4",
    });
  });

  it("falls back to stderr when there is no judge message", () => {
    expect(interpretIcpcRun(run({ exitCode: 43, stderr: "bad token\n" }), limits)).toEqual({
      verdict: "WA",
      message: "bad token",
    });
  });

  it.each([
    ["exit 0", run({ exitCode: 0 }), /code 0, not 42 or 43/],
    ["exit 1 (e.g. an uncaught exception)", run({ exitCode: 1, stderr: "Traceback" }), /code 1.*Traceback/],
    ["a signal", run({ status: "signaled", exitCode: null, signal: 6 }), /signal 6/],
    ["a timeout", run({ status: "cpu", exitCode: null, signal: 9 }), /CPU time limit/],
    ["a limit even with exit 42", run({ exitCode: 42, oomKilled: true }), /memory limit/],
  ])("makes %s an IE", (_name, result, message) => {
    const interpreted = interpretIcpcRun(result, limits);
    expect(interpreted.verdict).toBe("IE");
    expect(interpreted.message).toMatch(message);
  });
});

describe("interpretIcpcRun: the other feedback files", () => {
  it("takes an accepting validator's score.txt as the test's score", () => {
    expect(interpretIcpcRun(run({ exitCode: 42 }), limits, { score: "74.5\n" })).toEqual({
      verdict: "AC",
      score: 74.5,
    });
    // A rejected test earns nothing, whatever score.txt says.
    expect(interpretIcpcRun(run({ exitCode: 43 }), limits, { score: "10" })).toEqual({ verdict: "WA" });
  });
  it("blames the validator for a score.txt that is not a number", () => {
    const interpreted = interpretIcpcRun(run({ exitCode: 42 }), limits, { score: "lots" });
    expect(interpreted.verdict).toBe("IE");
    expect(interpreted.message).toMatch(/score\.txt that is not a number/);
  });
  it("explains a failing validator with its judgeerror.txt", () => {
    const interpreted = interpretIcpcRun(run({ exitCode: 1, stderr: "noise" }), limits, {
      judgeError: "answer file is malformed",
    });
    expect(interpreted).toEqual({
      verdict: "IE",
      message: "output validator exited with code 1, not 42 or 43: answer file is malformed",
    });
  });
});

describe("scoreFraction", () => {
  it("is 1 for AC, 0 for WA and IE, else the partial fraction", () => {
    expect(scoreFraction({ verdict: "AC" })).toBe(1);
    expect(scoreFraction({ verdict: "WA" })).toBe(0);
    expect(scoreFraction({ verdict: "WA", fraction: 0.25 })).toBe(0.25);
    expect(scoreFraction({ verdict: "IE", fraction: 0.5 })).toBe(0);
  });
});

describe("clipMessage", () => {
  it("trims, drops empty text and cuts long text", () => {
    expect(clipMessage("  hi \n")).toBe("hi");
    expect(clipMessage(" \n")).toBeUndefined();
    expect(clipMessage(undefined)).toBeUndefined();
    const clipped = clipMessage("x".repeat(CHECKER_MESSAGE_MAX_BYTES + 10))!;
    expect(clipped).toBe(`${"x".repeat(CHECKER_MESSAGE_MAX_BYTES)}… (truncated)`);
  });
});
