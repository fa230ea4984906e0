import type Docker from "dockerode";
import { LANGUAGES, sourceFileFor, type CheckerConfig } from "@arbiter/shared";
import { RUNNER_ENV, Sandbox, SandboxError, imageForLanguage } from "@arbiter/sandbox";
import { truncateForDisplay } from "../compileInSandbox";
import { COMPILE_LIMITS } from "../limits";

const MIB = 1024 * 1024;

/** The problem's interactor is broken: the judge's (author's) fault, reported as IE with detail. */
export class InteractorError extends Error {
  override readonly name = "InteractorError";
}

/**
 * Compiles an interactor to a static binary in its own gcc sandbox, so it can run next
 * to a submission in any language's image. Interactors must be C or C++ for that reason.
 */
export async function compileInteractor(
  docker: Docker,
  config: Extract<CheckerConfig, { kind: "icpc" }>,
  workerId: string,
): Promise<Buffer> {
  if (config.language !== "c" && config.language !== "cpp") {
    throw new InteractorError(`interactors must be written in C or C++ (this one is ${config.language})`);
  }
  const language = LANGUAGES[config.language];
  const sandbox = await Sandbox.open(docker, {
    image: imageForLanguage(config.language),
    memoryBytes: COMPILE_LIMITS.memoryLimitBytes,
    workerId,
    expiresAt: Date.now() + COMPILE_LIMITS.wallLimitMs + 60_000,
  });
  try {
    await sandbox.writeFile(sourceFileFor(language, config.source), config.source);
    const result = await sandbox.run({
      argv: language.compile,
      env: [...RUNNER_ENV],
      stdin: Buffer.alloc(0),
      reset: false,
      ...COMPILE_LIMITS,
      stderrLimitBytes: COMPILE_LIMITS.outputLimitBytes,
      stackLimitBytes: 64 * MIB,
    });
    if (result.status !== "exited" || result.exitCode !== 0) {
      if (result.status === "setup") throw new SandboxError("the compiler could not start");
      throw new InteractorError(
        `the interactor does not compile: ${truncateForDisplay(result.stderr.toString("utf8"), 2000)}`,
      );
    }
    return await sandbox.readFile("main", 64 * MIB);
  } finally {
    await sandbox.close();
  }
}
