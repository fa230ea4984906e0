import type Docker from "dockerode";
import {
  LANGUAGES,
  MAX_COMPILE_OUTPUT_BYTES,
  sourceFileFor,
  type LanguageId,
  type LanguageSpec,
} from "@arbiter/shared";
import { RUNNER_ENV, Sandbox, imageForLanguage } from "@arbiter/sandbox";
import { COMPILE_LIMITS } from "./limits";

export type CompileOutcome =
  { ok: true; output: string } | { ok: false; verdict: "CE" | "IE"; output: string; detail?: string };

/** Shortens compiler output for display, saying so when it was cut. */
export function truncateForDisplay(text: string, maxBytes = MAX_COMPILE_OUTPUT_BYTES): string {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  return `${bytes.subarray(0, maxBytes).toString("utf8")}\n… (compiler output truncated)`;
}

/**
 * Writes the source into the sandbox and compiles it as the runner, under the compile
 * limits; on success the build products are promoted to the read-only program dir.
 */
export async function compileInSandbox(
  sandbox: Sandbox,
  language: LanguageSpec,
  source: string,
): Promise<CompileOutcome> {
  await sandbox.writeFile(sourceFileFor(language, source), source);
  const result = await sandbox.run({
    argv: language.compile,
    env: [...RUNNER_ENV, ...(language.env ?? [])],
    stdin: Buffer.alloc(0),
    reset: false,
    ...COMPILE_LIMITS,
    stderrLimitBytes: COMPILE_LIMITS.outputLimitBytes,
    stackLimitBytes: 64 * 1024 * 1024,
  });
  const output = truncateForDisplay(Buffer.concat([result.stdout, result.stderr]).toString("utf8"));
  if (result.status === "setup") {
    return {
      ok: false,
      verdict: "IE",
      output: "",
      detail: `compiler could not start (errno ${result.exitCode ?? "?"})`,
    };
  }
  if (result.status === "cpu" || result.status === "wall") {
    return {
      ok: false,
      verdict: "CE",
      output: `${output}\nCompilation took too long (limit ${COMPILE_LIMITS.cpuLimitMs / 1000} s).`.trim(),
    };
  }
  if (result.oomKilled) {
    return { ok: false, verdict: "CE", output: `${output}\nThe compiler ran out of memory.`.trim() };
  }
  if (result.status === "output") {
    return { ok: false, verdict: "CE", output: `${output}\nThe compiler produced too much output.`.trim() };
  }
  if (result.status !== "exited" || result.exitCode !== 0) return { ok: false, verdict: "CE", output };
  const promoted = await sandbox.promote(language.artifacts);
  if (promoted === 0)
    return { ok: false, verdict: "CE", output: `${output}\nThe compiler produced no program.`.trim() };
  return { ok: true, output };
}

export type CompileFailure = Extract<CompileOutcome, { ok: false }>;

/**
 * Opens a sandbox of the program's language and compiles a helper program there (a
 * checker or an input validator), ready to run. When it does not compile, the sandbox
 * is closed again and the failure returned; on any error it is closed too.
 */
export async function openCompiledProgram(
  docker: Docker,
  program: { language: LanguageId; source: string },
  options: { workerId: string; expiresAt: number; cpuset?: string | undefined },
): Promise<{ ok: true; sandbox: Sandbox } | { ok: false; failure: CompileFailure }> {
  const sandbox = await Sandbox.open(docker, {
    image: imageForLanguage(program.language),
    memoryBytes: COMPILE_LIMITS.memoryLimitBytes,
    workerId: options.workerId,
    expiresAt: options.expiresAt,
    ...(options.cpuset ? { cpuset: options.cpuset } : {}),
  });
  try {
    const compiled = await compileInSandbox(sandbox, LANGUAGES[program.language], program.source);
    if (compiled.ok) return { ok: true, sandbox };
    await sandbox.close();
    return { ok: false, failure: compiled };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}
