import { describe, expect, it } from "vitest";
import type { RunResult } from "@arbiter/sandbox";
import { classifyRun } from "./classifyRun";
import { fakeRunResult } from "./testing/runResults";

const base = fakeRunResult({ stdout: "3\n", wallTimeUs: 1500 });
const limits = { cpuLimitMs: 1000, memoryLimitBytes: 64 * 1024 * 1024 };
const classify = (patch: Partial<RunResult>, extra: Partial<typeof limits & { memoryErrorPattern: string }> = {}) =>
  classifyRun({ ...base, ...patch }, { ...limits, ...extra });

describe("classifyRun", () => {
  it("leaves a clean exit to the checker", () => expect(classify({})).toBeNull());
  it("maps limits the supervisor enforced", () => {
    expect(classify({ status: "cpu", signal: 9, exitCode: null })).toBe("TLE");
    expect(classify({ status: "wall", signal: 9, exitCode: null })).toBe("TLE");
    expect(classify({ status: "output", signal: 9, exitCode: null })).toBe("OLE");
  });
  it("reports CPU over the limit as TLE even when the program finished", () => {
    expect(classify({ cpuTimeUs: 1_000_001 })).toBe("TLE");
  });
  it("reports an OOM kill or a peak over the limit as MLE, never RE", () => {
    expect(classify({ status: "signaled", signal: 9, exitCode: null, oomKilled: true })).toBe("MLE");
    expect(classify({ memoryKb: 65 * 1024 })).toBe("MLE");
    expect(
      classify(
        { status: "exited", exitCode: 1, stderr: Buffer.from("java.lang.OutOfMemoryError") },
        { memoryErrorPattern: "java.lang.OutOfMemoryError" },
      ),
    ).toBe("MLE");
  });
  it("prefers TLE over MLE and MLE over RE", () => {
    expect(classify({ status: "cpu", oomKilled: true })).toBe("TLE");
    expect(classify({ status: "signaled", signal: 11, exitCode: null, memoryKb: 70 * 1024 })).toBe("MLE");
  });
  it("reports crashes and non-zero exits as RE", () => {
    expect(classify({ status: "signaled", signal: 11, exitCode: null })).toBe("RE");
    expect(classify({ exitCode: 3 })).toBe("RE");
  });
  it("reports a failed exec as the judge's fault", () => expect(classify({ status: "setup", exitCode: 2 })).toBe("IE"));
});
