/**
 * Drives a Sandbox the way the judge does (packages/judge: compileInSandbox, judgeTest),
 * without importing the judge, which depends on this package.
 */
import type Docker from "dockerode";
import type { LanguageSpec } from "@arbiter/shared";
import { FILE_SIZE_LIMIT_BYTES, MEMORY_HEADROOM_BYTES, RUNNER_ENV } from "../policy";
import type { RunRequest, RunResult } from "../protocol";
import { Sandbox } from "../sandbox";

const MIB = 1024 * 1024;

/** The judge's compile-step memory (COMPILE_LIMITS.memoryLimitBytes), in bytes. */
export const COMPILE_MEMORY_BYTES = 1024 * MIB;
/** A typical problem's limits: 1 s and 256 MiB. */
export const TEST_TIME_LIMIT_MS = 1000;
export const TEST_MEMORY_BYTES = 256 * MIB;

export async function openBenchSandbox(docker: Docker, image: string): Promise<Sandbox> {
  return Sandbox.open(docker, {
    image,
    memoryBytes: COMPILE_MEMORY_BYTES,
    workerId: "bench",
    expiresAt: Date.now() + 300_000,
  });
}

/**
 * Compiles `source` as the judge does (same argv, environment and limits), optionally
 * fetches files back before they are promoted, then promotes the artifacts and lowers
 * the memory limit to the test limit. Throws if compilation fails: the benchmark's
 * programs are known to compile.
 */
export async function compileForBench(
  sandbox: Sandbox,
  language: LanguageSpec,
  source: string,
  fetch: readonly string[] = [],
): Promise<Map<string, Buffer>> {
  await sandbox.writeFile(language.sourceFile, source);
  const result = await sandbox.run({
    argv: language.compile,
    env: [...RUNNER_ENV, ...(language.env ?? [])],
    stdin: Buffer.alloc(0),
    reset: false,
    cpuLimitMs: 15_000,
    wallLimitMs: 30_000,
    memoryLimitBytes: COMPILE_MEMORY_BYTES,
    outputLimitBytes: 256 * 1024,
    stderrLimitBytes: 256 * 1024,
    fileSizeLimitBytes: 256 * MIB,
    stackLimitBytes: 64 * MIB,
  });
  if (result.status !== "exited" || result.exitCode !== 0) {
    throw new Error(
      `benchmark program did not compile (${result.status}): ${result.stderr.toString("utf8").slice(0, 500)}`,
    );
  }
  const fetched = new Map<string, Buffer>();
  for (const name of fetch) fetched.set(name, await sandbox.readFile(name, 64 * MIB));
  await sandbox.promote(language.artifacts);
  await sandbox.setMemoryLimit(TEST_MEMORY_BYTES + MEMORY_HEADROOM_BYTES);
  return fetched;
}

/** The request judgeTest sends for one test: fresh work dir, the problem's limits. */
export function testRequest(
  language: LanguageSpec,
  argv: readonly string[],
  stdin: Buffer,
  cpuLimitMs?: number,
): RunRequest {
  const cpu = cpuLimitMs ?? Math.round(TEST_TIME_LIMIT_MS * language.timeMultiplier);
  return {
    argv,
    env: [...RUNNER_ENV, ...(language.env ?? [])],
    stdin,
    reset: true,
    cpuLimitMs: cpu,
    wallLimitMs: cpu * 2 + 1000,
    memoryLimitBytes: TEST_MEMORY_BYTES,
    outputLimitBytes: 16 * MIB,
    stderrLimitBytes: 64 * 1024,
    fileSizeLimitBytes: FILE_SIZE_LIMIT_BYTES,
    stackLimitBytes: TEST_MEMORY_BYTES,
  };
}

/** Fails loudly when a benchmark step did not do what it should: timing a failure would mislead. */
export function expectOutput(result: RunResult, expected: string, what: string): void {
  const out = result.stdout.toString("utf8").trim();
  if (result.status !== "exited" || result.exitCode !== 0 || out !== expected) {
    throw new Error(
      `${what}: expected "${expected}", got ${result.status} exit=${result.exitCode ?? "-"} out="${out.slice(0, 100)}"`,
    );
  }
}
