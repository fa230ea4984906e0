import type { RunRequest } from "../protocol";
import type { Sandbox } from "../sandbox";
import { expectOutput } from "./benchSandbox";
import { runUnderHarness, runViaNode, type BareRun } from "./host";

export interface PerTestSamples {
  /** Host wall time around each sandbox.run(), in ms: what one test costs the judge. */
  sandboxMs: number[];
  /** The supervisor's own wall time of the step (fork → reaped), in ms. */
  supervisorMs: number[];
  /** The same program bare, timed by the C harness (fork → reaped), in ms: the baseline. */
  bareMs: number[];
  /** The same program spawned from Node (spawn() → exit and end of stdout), in ms. */
  bareNodeMs: number[];
}

export interface PerTestPlan {
  sandbox: Sandbox;
  request: RunRequest;
  bare: { harness: string; stdinFile: string; program: string; args: readonly string[]; cwd: string };
  expected: string;
  warmup: number;
  repeats: number;
}

function expectBare(run: BareRun, expected: string, what: string): void {
  const out = run.stdout.toString("utf8").trim();
  if (run.exitCode !== 0 || out !== expected)
    throw new Error(`${what}: exit ${run.exitCode ?? "-"}, out "${out.slice(0, 100)}"`);
}

/**
 * Runs the same program with the same input in the sandbox and bare on the host (under
 * the harness and from Node), round-robin, so drift in the machine's load hits every
 * side alike.
 */
export async function measurePerTest(plan: PerTestPlan): Promise<PerTestSamples> {
  const samples: PerTestSamples = { sandboxMs: [], supervisorMs: [], bareMs: [], bareNodeMs: [] };
  const { harness, stdinFile, program, args, cwd } = plan.bare;
  for (let i = 0; i < plan.warmup + plan.repeats; i++) {
    const started = performance.now();
    const result = await plan.sandbox.run(plan.request);
    const sandboxMs = performance.now() - started;
    expectOutput(result, plan.expected, "sandboxed run");
    const bare = await runUnderHarness(harness, stdinFile, program, args, cwd);
    expectBare(bare, plan.expected, "bare run");
    const viaNode = await runViaNode(program, args, plan.request.stdin, cwd);
    expectBare(viaNode, plan.expected, "bare run from Node");
    if (i < plan.warmup) continue;
    samples.sandboxMs.push(sandboxMs);
    samples.supervisorMs.push(result.wallTimeUs / 1000);
    samples.bareMs.push(bare.wallMs);
    samples.bareNodeMs.push(viaNode.wallMs);
  }
  return samples;
}

/**
 * Host round trips of a request the supervisor answers without starting a process (a
 * GET of a file that does not exist), in ms: the cost of the Docker attach stream alone.
 */
export async function measureProtocolRoundTrip(sandbox: Sandbox, repeats: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    const failed = await sandbox.readFile("absent", 1).then(
      () => false,
      () => true,
    );
    if (!failed) throw new Error("GET of a missing file succeeded");
    samples.push(performance.now() - started);
  }
  return samples;
}
