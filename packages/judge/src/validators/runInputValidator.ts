import type Docker from "dockerode";
import { LANGUAGES, type LanguageId } from "@arbiter/shared";
import { FILE_SIZE_LIMIT_BYTES, MEMORY_HEADROOM_BYTES, RUNNER_ENV } from "@arbiter/sandbox";
import { CHECKER_OUTPUT_LIMIT_BYTES, checkerLimits } from "../checkers/checkerLimits";
import { openCompiledProgram } from "../compileInSandbox";
import { runCommand } from "../runProgram";
import { interpretValidatorRun, type InputValidation } from "./interpretValidatorRun";

/** A single-file input validator. */
export interface InputValidatorProgram {
  language: LanguageId;
  source: string;
}

/** One test input to validate, with the arguments its group gives validators. */
export interface ValidatorInput {
  /** The caller's name for the test, passed back with its result. */
  name: string;
  input: Uint8Array;
  flags: readonly string[];
}

export interface InputValidatorOptions {
  /** The label the janitor uses (hostname:pid for a worker, any tag for a CLI run). */
  workerId: string;
  /** CPU limit of one run, in ms (default: the checkers' 10 000); the wall limit is twice that. */
  timeLimitMs?: number;
  /** Memory limit of one run, in bytes (default: the checkers' 512 MiB). */
  memoryLimitBytes?: number;
  /** Epoch ms after which the janitor may remove the container (default: 1 h from now). */
  expiresAt?: number;
}

export type InputValidatorReport =
  | { compiled: true; results: { name: string; validation: InputValidation }[] }
  /** The validator never ran: `reason` says why, `output` is the compiler's. */
  | { compiled: false; reason: string; output: string };

const DEFAULT_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Checks test inputs with a problem package's input validator, by the Kattis contract:
 * `validator [flags] < input`, exit 42 for a valid input and 43 for an invalid one.
 * The validator is compiled once in a sandbox of its own, under the output checkers'
 * limits, and then run on each input in turn, from a clean work dir; the container is
 * removed on every path. A validator that does not compile is a result, not an error;
 * throws SandboxError only when the sandbox itself fails.
 */
export async function runInputValidator(
  docker: Docker,
  program: InputValidatorProgram,
  inputs: readonly ValidatorInput[],
  options: InputValidatorOptions,
): Promise<InputValidatorReport> {
  const language = LANGUAGES[program.language];
  const limits = checkerLimits(options);
  const opened = await openCompiledProgram(docker, program, {
    workerId: options.workerId,
    expiresAt: options.expiresAt ?? Date.now() + DEFAULT_LIFETIME_MS,
  });
  if (!opened.ok) {
    const { failure } = opened;
    const reason =
      failure.verdict === "CE"
        ? "does not compile"
        : `its compiler could not run (${failure.detail ?? "unknown reason"})`;
    return { compiled: false, reason, output: failure.output };
  }
  const { sandbox } = opened;
  try {
    // The supervisor holds each input in memory and in a tmpfs file, both charged to the container.
    const largestInput = inputs.reduce((max, { input }) => Math.max(max, input.length), 0);
    await sandbox.setMemoryLimit(limits.memoryLimitBytes + MEMORY_HEADROOM_BYTES + 2 * largestInput);

    const command = runCommand(language, limits.memoryLimitBytes);
    const results: { name: string; validation: InputValidation }[] = [];
    for (const { name, input, flags } of inputs) {
      const result = await sandbox.run({
        argv: [...command, ...flags],
        env: [...RUNNER_ENV, ...(language.env ?? [])],
        stdin: Buffer.from(input.buffer, input.byteOffset, input.byteLength),
        reset: true,
        cpuLimitMs: limits.cpuLimitMs,
        wallLimitMs: limits.wallLimitMs,
        memoryLimitBytes: limits.memoryLimitBytes,
        outputLimitBytes: CHECKER_OUTPUT_LIMIT_BYTES,
        stderrLimitBytes: CHECKER_OUTPUT_LIMIT_BYTES,
        fileSizeLimitBytes: FILE_SIZE_LIMIT_BYTES,
        stackLimitBytes: limits.memoryLimitBytes,
      });
      results.push({ name, validation: interpretValidatorRun(result, limits) });
    }
    return { compiled: true, results };
  } finally {
    await sandbox.close();
  }
}
