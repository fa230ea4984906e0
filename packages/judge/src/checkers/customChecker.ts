import type Docker from "dockerode";
import { LANGUAGES, type CheckerConfig, type LanguageSpec } from "@arbiter/shared";
import {
  BOX_TMPFS_BYTES,
  FILE_SIZE_LIMIT_BYTES,
  MEMORY_HEADROOM_BYTES,
  RUNNER_ENV,
  SandboxError,
  SandboxFileRefusedError,
  type RunResult,
  type Sandbox,
} from "@arbiter/sandbox";
import { openCompiledProgram } from "../compileInSandbox";
import { runCommand } from "../runProgram";
import { internalError, type CheckPass, type CheckResult, type OutputChecker } from "./checkResult";
import { CheckerError } from "./checkerError";
import { CHECKER_OUTPUT_LIMIT_BYTES, checkerLimits, type CheckerLimits } from "./checkerLimits";
import { interpretIcpcRun } from "./interpretIcpcRun";
import { interpretTestlibRun } from "./interpretTestlibRun";

export type CustomCheckerConfig = Extract<CheckerConfig, { kind: "testlib" | "icpc" }>;

export interface CustomCheckerOptions {
  /** hostname:pid of this worker, the label the janitor uses. */
  workerId: string;
  /** CPU limit of one check, in ms (default 10 000); the wall limit is twice that. */
  timeLimitMs?: number;
  /** Memory limit of one check, in bytes (default 512 MiB). */
  memoryLimitBytes?: number;
  /** Core(s) to pin the checker's container to. */
  cpuset?: string;
  /** Epoch ms after which the janitor may remove the container; pass the solution sandbox's deadline (default: 1 h from now). */
  expiresAt?: number;
}

export interface CustomChecker extends OutputChecker {
  /** Image the checker runs in, to store with the judging next to the solution's. */
  readonly imageDigest: string;
}

/**
 * The checker's own work dir (its cwd), given to ICPC validators as feedback_dir. It is
 * not a subdirectory because the supervisor reads back only plain names in the work
 * dir (without following symlinks), and the feedback files cannot collide with ours.
 */
const FEEDBACK_DIR = "/box/work/";
const JUDGE_MESSAGE_FILE = "judgemessage.txt";
/** Written by a validator that fails: why (the format's judgeerror.txt). */
const JUDGE_ERROR_FILE = "judgeerror.txt";
/** A scoring problem's points for the test (the format's score.txt). */
const SCORE_FILE = "score.txt";
const JUDGE_MESSAGE_MAX_BYTES = 64 * 1024;
/** Multi-pass: the program's input for the next pass (the format's nextpass.in). */
const NEXT_PASS_FILE = "nextpass.in";
/** Largest nextpass.in, in bytes: as large as a test input may be. */
const NEXT_PASS_MAX_BYTES = 64 * 1024 * 1024;
const DEFAULT_LIFETIME_MS = 60 * 60 * 1000;
const EMPTY = Buffer.alloc(0);

/**
 * Opens a dedicated sandbox for a problem's testlib checker or ICPC output validator
 * and compiles it once; every `check` then runs it there. The answer never enters the
 * solution's container, and the checker never sees the solution's.
 *
 * Throws CheckerError when the checker does not compile (report the judging as IE;
 * retrying will not help) and SandboxError when the sandbox itself fails.
 * Calls to `check` may overlap: they run one at a time. Always `close()` it.
 */
export async function openCustomChecker(
  docker: Docker,
  config: CustomCheckerConfig,
  options: CustomCheckerOptions,
): Promise<CustomChecker> {
  const language = LANGUAGES[config.language];
  const limits = checkerLimits(options);
  const opened = await openCompiledProgram(docker, config, {
    workerId: options.workerId,
    expiresAt: options.expiresAt ?? Date.now() + DEFAULT_LIFETIME_MS,
    cpuset: options.cpuset,
  });
  if (!opened.ok) {
    const { failure } = opened;
    const reason =
      failure.verdict === "CE"
        ? `the ${config.kind} checker (${language.name}) does not compile`
        : `the ${config.kind} checker's compiler could not run: ${failure.detail ?? "unknown reason"}`;
    throw new CheckerError(reason, failure.output);
  }
  const { sandbox } = opened;
  try {
    const memoryBytes = limits.memoryLimitBytes + MEMORY_HEADROOM_BYTES;
    await sandbox.setMemoryLimit(memoryBytes);
    return new SandboxedChecker(sandbox, config, language, limits, memoryBytes);
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

class SandboxedChecker implements CustomChecker {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private broken: SandboxError | undefined;

  constructor(
    private readonly sandbox: Sandbox,
    private readonly config: CustomCheckerConfig,
    private readonly language: LanguageSpec,
    private readonly limits: CheckerLimits,
    private memoryBytes: number,
  ) {}

  get imageDigest(): string {
    return this.sandbox.imageDigest;
  }

  check(input: Buffer, output: Buffer, answer: Buffer, pass?: CheckPass): Promise<CheckResult> {
    // The supervisor protocol is strictly request/response: serialise overlapping calls.
    const result = this.queue.then(async () => {
      // After a sandbox failure (e.g. a reply that never came) the stream may be out of step: stay failed.
      if (this.broken) throw this.broken;
      try {
        return await this.checkNow(input, output, answer, pass);
      } catch (error) {
        if (error instanceof SandboxError) this.broken = error;
        throw error;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.sandbox.close();
  }

  private async checkNow(input: Buffer, output: Buffer, answer: Buffer, pass?: CheckPass): Promise<CheckResult> {
    if (this.closed) throw new Error("the checker is closed");
    const bytes = input.length + output.length + answer.length;
    // All three live on the /box tmpfs (the output as the saved stdin for ICPC); keep room for the checker's own files.
    if (bytes > BOX_TMPFS_BYTES / 2)
      return internalError(`test files too large for the checker sandbox (${bytes} bytes)`, undefined);
    // tmpfs pages count against the container's memory, on top of the checker's own.
    const needed = this.limits.memoryLimitBytes + MEMORY_HEADROOM_BYTES + 2 * bytes;
    if (needed > this.memoryBytes) {
      await this.sandbox.setMemoryLimit(needed);
      this.memoryBytes = needed;
    }

    // A later pass of a multi-pass test keeps the feedback directory (the work dir) as the
    // validator left it; only the previous pass's nextpass.in goes, so it is not read twice.
    // The input and answer files written for the first pass are still there (the
    // supervisor never overwrites a file).
    if ((pass?.index ?? 1) > 1) await this.removeNextPass();
    else {
      await this.emptyWorkDir();
      await this.sandbox.writeFile("input", input, 0o644);
      await this.sandbox.writeFile("answer", answer, 0o644);
    }
    if (this.config.kind === "testlib") await this.sandbox.writeFile("output", output, 0o644);

    const run = runCommand(this.language, this.limits.memoryLimitBytes);
    const testlib = this.config.kind === "testlib";
    const result = await this.sandbox.run({
      argv: testlib
        ? [...run, "input", "output", "answer"]
        : [...run, "input", "answer", FEEDBACK_DIR, ...this.config.flags],
      env: [...RUNNER_ENV, ...(this.language.env ?? [])],
      stdin: testlib ? EMPTY : output,
      reset: false,
      cpuLimitMs: this.limits.cpuLimitMs,
      wallLimitMs: this.limits.wallLimitMs,
      memoryLimitBytes: this.limits.memoryLimitBytes,
      outputLimitBytes: CHECKER_OUTPUT_LIMIT_BYTES,
      stderrLimitBytes: CHECKER_OUTPUT_LIMIT_BYTES,
      fileSizeLimitBytes: FILE_SIZE_LIMIT_BYTES,
      stackLimitBytes: this.limits.memoryLimitBytes,
    });
    if (testlib) return interpretTestlibRun(result, this.limits);
    const checked = interpretIcpcRun(result, this.limits, {
      judgeMessage: await this.readFeedback(JUDGE_MESSAGE_FILE),
      judgeError: await this.readFeedback(JUDGE_ERROR_FILE),
      score: await this.readFeedback(SCORE_FILE),
    });
    if (!pass || checked.verdict !== "AC") return checked;
    const next = await this.readNextPass();
    if (typeof next === "string") return internalError(next, undefined);
    return next ? { ...checked, nextPassInput: next } : checked;
  }

  /** nextpass.in if the validator wrote one; a message when it is not a readable file within the cap. */
  private async readNextPass(): Promise<Buffer | undefined | string> {
    try {
      return await this.sandbox.readFile(NEXT_PASS_FILE, NEXT_PASS_MAX_BYTES);
    } catch (error) {
      if (!(error instanceof SandboxFileRefusedError)) throw error;
      if (error.reason === "missing") return undefined;
      return `output validator wrote a ${NEXT_PASS_FILE} that cannot be used (${error.reason})`;
    }
  }

  /** Deletes nextpass.in between passes, as the runner that the validator ran as. */
  private async removeNextPass(): Promise<void> {
    const result = await this.sandbox.run({
      argv: ["rm", "-f", NEXT_PASS_FILE],
      env: [...RUNNER_ENV],
      stdin: EMPTY,
      reset: false,
      cpuLimitMs: 1000,
      wallLimitMs: 5000,
      memoryLimitBytes: this.limits.memoryLimitBytes,
      outputLimitBytes: 0,
      stderrLimitBytes: 4096,
      fileSizeLimitBytes: 0,
      stackLimitBytes: 8 * 1024 * 1024,
    });
    if (result.status !== "exited" || result.exitCode !== 0) {
      throw new SandboxError(
        `cannot remove ${NEXT_PASS_FILE} between passes (${result.status}, code ${result.exitCode ?? "-"})`,
      );
    }
  }

  /**
   * A run with `reset` empties the work dir, /tmp and /dev/shm before it starts, but the
   * files must be written before the checker's run. So a no-op step resets first: about
   * 1 ms per test (measured: 1.7–2.1 ms for reset + one write, against 0.7–0.9 ms for
   * the cheapest alternative, misusing PROMOTE's wipe, which we do not want to rely on).
   */
  private async emptyWorkDir(): Promise<void> {
    const result: RunResult = await this.sandbox.run({
      argv: ["true"],
      env: [...RUNNER_ENV],
      stdin: EMPTY,
      reset: true,
      cpuLimitMs: 1000,
      wallLimitMs: 5000,
      memoryLimitBytes: this.limits.memoryLimitBytes,
      outputLimitBytes: 0,
      stderrLimitBytes: 0,
      fileSizeLimitBytes: 0,
      stackLimitBytes: 8 * 1024 * 1024,
    });
    if (result.status !== "exited" || result.exitCode !== 0) {
      throw new SandboxError(`cannot reset the checker's work dir (${result.status}, code ${result.exitCode ?? "-"})`);
    }
  }

  /**
   * A feedback file (judgemessage.txt, judgeerror.txt, score.txt) if the validator wrote
   * one. The supervisor copies out only a regular file (never through a symlink) of at
   * most the cap; a refusal means there is nothing to read, while any other error is a
   * broken sandbox.
   */
  private async readFeedback(name: string): Promise<string | undefined> {
    try {
      return (await this.sandbox.readFile(name, JUDGE_MESSAGE_MAX_BYTES)).toString("utf8");
    } catch (error) {
      if (!(error instanceof SandboxFileRefusedError)) throw error;
      if (error.reason === "too-large")
        return `(${name} is larger than ${JUDGE_MESSAGE_MAX_BYTES} bytes and was not read)`;
      return undefined;
    }
  }
}
