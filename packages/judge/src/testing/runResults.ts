import type { RunResult } from "@arbiter/sandbox";

export type RunResultPatch = Partial<Omit<RunResult, "stdout" | "stderr">> & { stdout?: string; stderr?: string };

/** A sandbox run result for unit tests: a clean exit 0 unless `patch` says otherwise. */
export function fakeRunResult(patch: RunResultPatch = {}): RunResult {
  const { stdout = "", stderr = "", ...rest } = patch;
  return {
    status: "exited",
    exitCode: 0,
    signal: null,
    cpuTimeUs: 1000,
    wallTimeUs: 2000,
    memoryKb: 1024,
    oomKilled: false,
    stdout: Buffer.from(stdout),
    stdoutTruncated: false,
    stderr: Buffer.from(stderr),
    stderrTruncated: false,
    processes: 1,
    ...rest,
  };
}
