import type Docker from "dockerode";
import { LANGUAGES, type LanguageId, type Verdict } from "@arbiter/shared";
import { MEMORY_HEADROOM_BYTES, Sandbox, imageForLanguage } from "@arbiter/sandbox";
import { compileInSandbox } from "../compileInSandbox";
import { COMPILE_LIMITS } from "../limits";
import { createChecker } from "../checkers/index";
import { judgeTest } from "../judging/judgeTest";

export interface SingleTestOptions {
  language: LanguageId;
  source: string;
  input?: string;
  answer?: string;
  timeLimitMs?: number;
  memoryLimitMb?: number;
  workerId: string;
  /** Runs in the same container after the test, to look for anything the test left behind. */
  afterwards?: (sandbox: Sandbox) => Promise<void>;
}

export interface SingleTestOutcome {
  verdict: Verdict;
  compileOutput: string;
  stdout: string;
  /** Id of the container it ran in (removed by now). */
  containerId: string;
}

/** Compiles and runs one program on one input exactly as the judge does, in a fresh container. */
export async function judgeSingleTest(docker: Docker, options: SingleTestOptions): Promise<SingleTestOutcome> {
  const language = LANGUAGES[options.language];
  const memoryLimitBytes = (options.memoryLimitMb ?? 64) * 1024 * 1024;
  const sandbox = await Sandbox.open(docker, {
    image: imageForLanguage(options.language),
    memoryBytes: COMPILE_LIMITS.memoryLimitBytes,
    workerId: options.workerId,
    expiresAt: Date.now() + 120_000,
  });
  try {
    const compiled = await compileInSandbox(sandbox, language, options.source);
    const containerId = sandbox.id;
    if (!compiled.ok) return { verdict: compiled.verdict, compileOutput: compiled.output, stdout: "", containerId };
    await sandbox.setMemoryLimit(memoryLimitBytes + MEMORY_HEADROOM_BYTES);
    // The same per-test path the judge takes, with the default checker.
    const checker = await createChecker(
      docker,
      { kind: "default", caseSensitive: true, spaceChangeSensitive: false },
      {
        workerId: options.workerId,
      },
    );
    const judged = await judgeTest(
      sandbox,
      language,
      { timeLimitMs: options.timeLimitMs ?? 1000, memoryLimitBytes, outputLimitBytes: 1024 * 1024 },
      { kind: "batch", checker },
      Buffer.from(options.input ?? "1 2\n"),
      Buffer.from(options.answer ?? "3\n"),
    );
    await options.afterwards?.(sandbox);
    return {
      verdict: judged.verdict,
      compileOutput: compiled.output,
      stdout: judged.stdout.toString("utf8"),
      containerId,
    };
  } finally {
    await sandbox.close();
  }
}
