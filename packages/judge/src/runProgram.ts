import type { LanguageSpec, Verdict } from "@arbiter/shared";
import { FILE_SIZE_LIMIT_BYTES, RUNNER_ENV, type RunResult, type Sandbox } from "@arbiter/sandbox";
import { classifyRun } from "./classifyRun";
import { STDERR_LIMIT_BYTES, wallLimitFor } from "./limits";

export interface TestLimitsInput {
  timeLimitMs: number;
  memoryLimitBytes: number;
  outputLimitBytes: number;
}

/** Expands `{memMb}` in a language's run command. */
export function runCommand(language: LanguageSpec, memoryLimitBytes: number): string[] {
  const memMb = String(Math.floor(memoryLimitBytes / (1024 * 1024)));
  return language.run.map((arg) => arg.replaceAll("{memMb}", memMb));
}

export interface ProgramRun {
  /** The verdict the run earned on its own (a limit, a crash), or null when the output must be checked. */
  limitVerdict: Verdict | null;
  result: RunResult;
}

/** Runs the promoted program on one input in a freshly reset work dir, under the problem's limits. */
export async function runProgram(
  sandbox: Sandbox,
  language: LanguageSpec,
  limits: TestLimitsInput,
  input: Buffer,
): Promise<ProgramRun> {
  const cpuLimitMs = Math.round(limits.timeLimitMs * language.timeMultiplier);
  const result = await sandbox.run({
    argv: runCommand(language, limits.memoryLimitBytes),
    env: [...RUNNER_ENV, ...(language.env ?? [])],
    stdin: input,
    reset: true,
    cpuLimitMs,
    wallLimitMs: wallLimitFor(cpuLimitMs),
    memoryLimitBytes: limits.memoryLimitBytes,
    outputLimitBytes: limits.outputLimitBytes,
    stderrLimitBytes: STDERR_LIMIT_BYTES,
    fileSizeLimitBytes: FILE_SIZE_LIMIT_BYTES,
    stackLimitBytes: limits.memoryLimitBytes,
  });
  const limitVerdict = classifyRun(result, {
    cpuLimitMs,
    memoryLimitBytes: limits.memoryLimitBytes,
    memoryErrorPattern: language.memoryErrorPattern,
  });
  return { limitVerdict, result };
}
