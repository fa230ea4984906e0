/**
 * Encoding of the supervisor protocol (infra/sandbox/supervisor/supervisor.h). Kept free
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

/** Where FILE writes: the runner's work dir, or the interactor's private bin dir (/box/jbin). */
export type FileTarget = "work" | "judge";

export function encodeFile(name: string, data: Buffer, mode: number, target: FileTarget = "work"): Buffer {
  return Buffer.concat([Buffer.from(`FILE ${name} ${data.length} ${mode.toString(8)} ${target}\n`), data]);
}

/**
 * An interactive step: the submission and the interactor connected by pipes. The
 * interactor runs as its own uid in /box/jdata, where `input` and `answer` are written
 * and `feedback/` is created; the submission cannot read that directory.
 */
export interface InteractRequest {
  argv: readonly string[];
  env: readonly string[];
  judgeArgv: readonly string[];
  input: Buffer;
  answer: Buffer;
  cpuLimitMs: number;
  wallLimitMs: number;
  memoryLimitBytes: number;
  stderrLimitBytes: number;
  fileSizeLimitBytes: number;
  stackLimitBytes: number;
  judgeCpuLimitMs: number;
}

export type PartyStatus = "exited" | "signaled" | "cpu" | "wall" | "setup";

export interface InteractResult {
  solution: {
    status: PartyStatus;
    exitCode: number | null;
    signal: number | null;
    cpuTimeUs: number;
    memoryKb: number;
  };
  judge: { status: PartyStatus; exitCode: number | null; signal: number | null; cpuTimeUs: number };
  wallTimeUs: number;
  oomKilled: boolean;
  /** Which side ended first: the ICPC rules give a validator's early WA precedence. */
  first: "solution" | "interactor";
  stderr: Buffer;
  judgeStderr: Buffer;
  /** feedback/judgemessage.txt, when the interactor wrote one. */
  judgeMessage: Buffer;
}

export function encodeInteract(req: InteractRequest): Buffer {
  const argv = nulBlock(req.argv);
  const env = nulBlock(req.env);
  const judgeArgv = nulBlock(req.judgeArgv);
  const kb = (bytes: number): number => Math.max(1, Math.ceil(bytes / 1024));
  const header = [
    "INTERACT",
    Math.ceil(req.cpuLimitMs),
    Math.ceil(req.wallLimitMs),
    kb(req.memoryLimitBytes),
    req.stderrLimitBytes,
    req.fileSizeLimitBytes,
    kb(req.stackLimitBytes),
    Math.ceil(req.judgeCpuLimitMs),
    argv.length,
    env.length,
    judgeArgv.length,
    req.input.length,
    req.answer.length,
  ].join(" ");
  return Buffer.concat([Buffer.from(`${header}\n`), argv, env, judgeArgv, req.input, req.answer]);
}

const PARTY_STATUSES: readonly PartyStatus[] = ["exited", "signaled", "cpu", "wall", "setup"];

/** Parses an IRESULT line; the caller then reads the three announced byte blocks. */
export function parseInteractLine(line: string): Omit<InteractResult, "stderr" | "judgeStderr" | "judgeMessage"> & {
  lengths: [number, number, number];
} {
  const p = line.split(" ");
  const solStatus = p[1] as PartyStatus;
  const judgeStatus = p[8] as PartyStatus;
  const first = p[12];
  const n = (i: number): number => Number(p[i]);
  const numeric = [2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 14, 15];
  if (
    p[0] !== "IRESULT" ||
    p.length !== 16 ||
    !PARTY_STATUSES.includes(solStatus) ||
    !PARTY_STATUSES.includes(judgeStatus) ||
    (first !== "solution" && first !== "interactor") ||
    numeric.some((i) => !Number.isFinite(n(i)))
  ) {
    throw new SandboxError(`malformed supervisor reply: ${line.slice(0, 200)}`);
  }
  // The supervisor sends -1 when the process did not exit on its own.
  const code = (raw: number): number | null => (raw >= 0 ? raw : null);
  return {
    solution: {
      status: solStatus,
      exitCode: code(n(2)),
      signal: n(3) > 0 ? n(3) : null,
      cpuTimeUs: n(4),
      memoryKb: n(6),
    },
    judge: { status: judgeStatus, exitCode: code(n(9)), signal: n(10) > 0 ? n(10) : null, cpuTimeUs: n(11) },
    wallTimeUs: n(5),
    oomKilled: n(7) > 0,
    first,
    lengths: [n(13), n(14), n(15)],
  };
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
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
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
