/**
 * Encoding of the supervisor protocol (infra/sandbox/supervisor/supervisor.c). Kept free
 * of I/O so it can be unit-tested; Sandbox feeds it to and from the container.
 */
import { SandboxError } from "./errors";

export interface RunRequest {
  argv: readonly string[];
  env: readonly string[];
  stdin: Buffer;
  /** Empty the work dir, /tmp and /dev/shm before starting. */
  reset: boolean;
  cpuLimitMs: number;
  wallLimitMs: number;
  memoryLimitBytes: number;
  outputLimitBytes: number;
  stderrLimitBytes: number;
  fileSizeLimitBytes: number;
  stackLimitBytes: number;
}

/** How a step ended: on its own, or stopped by a limit the supervisor enforced. */
export type RunStatus = "exited" | "signaled" | "cpu" | "wall" | "output" | "setup";

export interface RunResult {
  status: RunStatus;
  /** Exit code for "exited"; errno of the failed exec for "setup"; null otherwise. */
  exitCode: number | null;
  signal: number | null;
  /** CPU time of every process and thread of the step, in microseconds. */
  cpuTimeUs: number;
  wallTimeUs: number;
  /** Largest resident set of any process of the step, in KiB. */
  memoryKb: number;
  /** The kernel's OOM killer fired in the container during the step. */
  oomKilled: boolean;
  stdout: Buffer;
  stdoutTruncated: boolean;
  stderr: Buffer;
  stderrTruncated: boolean;
  processes: number;
}

const nulBlock = (items: readonly string[]): Buffer => Buffer.from(items.map((s) => `${s}\0`).join(""), "utf8");

export function encodeFile(name: string, data: Buffer, mode: number): Buffer {
  return Buffer.concat([Buffer.from(`FILE ${name} ${data.length} ${mode.toString(8)}\n`), data]);
}

export function encodeRun(req: RunRequest): Buffer {
  if (req.argv.length === 0) throw new SandboxError("empty argv");
  const argv = nulBlock(req.argv);
  const env = nulBlock(req.env);
  const kb = (bytes: number): number => Math.max(1, Math.ceil(bytes / 1024));
  const header = [
    "RUN",
    req.reset ? 1 : 0,
    Math.ceil(req.cpuLimitMs),
    Math.ceil(req.wallLimitMs),
    kb(req.memoryLimitBytes),
    req.outputLimitBytes,
    req.stderrLimitBytes,
    req.fileSizeLimitBytes,
    kb(req.stackLimitBytes),
    argv.length,
    env.length,
    req.stdin.length,
  ].join(" ");
  return Buffer.concat([Buffer.from(`${header}\n`), argv, env, req.stdin]);
}

export function encodePromote(patterns: readonly string[]): Buffer {
  const block = nulBlock(patterns);
  return Buffer.concat([Buffer.from(`PROMOTE ${block.length}\n`), block]);
}

export function encodeGet(name: string, maxBytes: number): Buffer {
  return Buffer.from(`GET ${name} ${maxBytes}\n`);
}

const STATUSES: readonly RunStatus[] = ["exited", "signaled", "cpu", "wall", "output", "setup"];

/** Parses a RESULT line; the caller then reads `stdoutLength + stderrLength` bytes. */
export function parseResultLine(line: string): Omit<RunResult, "stdout" | "stderr"> & {
  stdoutLength: number;
  stderrLength: number;
} {
  const parts = line.split(" ");
  const status = parts[1] as RunStatus;
  const n = parts.slice(2).map(Number);
  if (parts[0] !== "RESULT" || !STATUSES.includes(status) || n.length !== 11 || n.some((x) => !Number.isFinite(x))) {
    throw new SandboxError(`malformed supervisor reply: ${line.slice(0, 200)}`);
  }
  const [code, signal, cpuUs, wallUs, maxRss, oom, outLen, outTrunc, errLen, errTrunc, procs] = n as [
    number, number, number, number, number, number, number, number, number, number, number,
  ];
  return {
    status,
    exitCode: status === "exited" || status === "setup" ? code : null,
    signal: signal > 0 ? signal : null,
    cpuTimeUs: cpuUs,
    wallTimeUs: wallUs,
    memoryKb: maxRss,
    oomKilled: oom > 0,
    stdoutLength: outLen,
    stdoutTruncated: outTrunc === 1,
    stderrLength: errLen,
    stderrTruncated: errTrunc === 1,
    processes: procs,
  };
}
