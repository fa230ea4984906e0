import { describe, expect, it } from "vitest";
import { checkerLimits } from "../checkers/checkerLimits";
import { interpretValidatorRun } from "./interpretValidatorRun";
import { fakeRunResult, type RunResultPatch } from "../testing/runResults";

const limits = checkerLimits({ timeLimitMs: 1000, memoryLimitBytes: 64 * 1024 * 1024 });

/** A validator run: exit 42 (valid) unless `patch` says otherwise. */
const run = (patch: RunResultPatch = {}) => fakeRunResult({ exitCode: 42, ...patch });

describe("interpretValidatorRun", () => {
  it("reads exit 42 as a valid input", () => {
    expect(interpretValidatorRun(run({ exitCode: 42 }), limits)).toEqual({ status: "valid" });
  });

  it("reads exit 43 as an invalid input, with what the validator printed (stderr first)", () => {
    expect(interpretValidatorRun(run({ exitCode: 43, stderr: "b out of range\n", stdout: "x" }), limits)).toEqual({
      status: "invalid",
      message: "b out of range",
    });
    expect(interpretValidatorRun(run({ exitCode: 43, stdout: "  expected 2 numbers\n" }), limits)).toEqual({
      status: "invalid",
      message: "expected 2 numbers",
    });
  });

  it.each([0, 1, 44])("treats exit %i as a failure of the validator, not an invalid input", (exitCode) => {
    expect(interpretValidatorRun(run({ exitCode, stderr: "Traceback …\n" }), limits)).toEqual({
      status: "failed",
      reason: `exited with code ${exitCode}, not 42 or 43`,
      message: "Traceback …",
    });
  });

  it("treats a crash (a signal) as a failure of the validator", () => {
    expect(interpretValidatorRun(run({ status: "signaled", exitCode: null, signal: 11 }), limits)).toEqual({
      status: "failed",
      reason: "was killed by signal 11",
    });
  });

  it.each([
    [{ status: "cpu", exitCode: null, signal: 9, cpuTimeUs: 1_000_500 }, "exceeded its CPU time limit of 1000 ms"],
    // Past the CPU limit but exiting 42 just in time still counts as a timeout.
    [{ status: "exited", exitCode: 42, cpuTimeUs: 1_200_000 }, "exceeded its CPU time limit of 1000 ms"],
    [{ status: "wall", exitCode: null, signal: 9 }, "exceeded its wall time limit of 2000 ms"],
    [{ status: "exited", exitCode: 42, oomKilled: true }, "exceeded its memory limit of 64 MiB"],
    [{ status: "output", exitCode: null }, "printed more than 1048576 bytes"],
  ] as const)("treats a limit as a failure: %j", (overrides, reason) => {
    expect(interpretValidatorRun(run(overrides), limits)).toEqual({ status: "failed", reason });
  });
});
