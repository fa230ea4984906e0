import type { RunRequest } from "../protocol";
import type { Sandbox } from "../sandbox";
import { runUnderHarness } from "./host";

export interface CpuSamples {
  /** cpuTimeUs the supervisor reported, in µs. */
  sandboxUs: number[];
  /** ru_utime + ru_stime of the same binary run bare under the host harness, in µs. */
  bareUs: number[];
}

/**
 * The iteration count that makes the burner use about `targetUs` of CPU on this
 * machine: a short probe, scaled linearly, then checked; the least of three runs is
 * taken at each stage because noise only ever adds time.
 */
export async function calibrateBurn(harness: string, burn: string, targetUs: number): Promise<number> {
  const leastOf3 = async (n: number): Promise<number> => {
    // One after another: concurrent probes would compete for the cores.
    let least = Infinity;
    for (let i = 0; i < 3; i++) least = Math.min(least, await bareCpuTimeUs(harness, burn, [String(n)]));
    return least;
  };
  let count = 10_000_000;
  for (let round = 0; round < 3; round++) {
    const us = await leastOf3(count);
    if (Math.abs(us - targetUs) / targetUs < 0.05) break;
    count = Math.round((count * targetUs) / Math.max(us, 1));
  }
  return count;
}

/** Alternates sandboxed and bare runs of the burner, `repeats` of each after `warmup`. */
export async function measureCpuAccuracy(
  sandbox: Sandbox,
  request: RunRequest,
  harness: string,
  burn: string,
  warmup: number,
  repeats: number,
): Promise<CpuSamples> {
  const samples: CpuSamples = { sandboxUs: [], bareUs: [] };
  const args = request.argv.slice(1);
  for (let i = 0; i < warmup + repeats; i++) {
    const result = await sandbox.run(request);
    if (result.status !== "exited" || result.exitCode !== 0)
      throw new Error(`CPU burner in the sandbox: ${result.status}`);
    const bareUs = await bareCpuTimeUs(harness, burn, args);
    if (i < warmup) continue;
    samples.sandboxUs.push(result.cpuTimeUs);
    samples.bareUs.push(bareUs);
  }
  return samples;
}

async function bareCpuTimeUs(harness: string, program: string, args: readonly string[]): Promise<number> {
  const run = await runUnderHarness(harness, "/dev/null", program, args, "/");
  if (run.exitCode !== 0) throw new Error(`CPU burner on the host exited with ${run.exitCode ?? "a signal"}`);
  return run.cpuUs;
}
