import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../../..");

/** Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface WorkerProcess {
  child: ChildProcess;
  /** hostname:pid, as the worker names itself. */
  workerId: string;
  logs: string[];
  exited: Promise<number | null>;
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Sends a signal (default SIGTERM) and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `apps/judge/src/main.ts` as a real process (node --import tsx, so the pid is the
 * worker's own) and waits until it takes jobs. Its JSON log lines are collected.
 */
export async function startWorker(env: Record<string, string>, timeoutMs = 60_000): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "apps/judge/src/main.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, ARBITER_METRICS_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  let partial = "";
  const collect = (chunk: Buffer): void => {
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    logs.push(...lines.filter((l) => l.length > 0));
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const waitForLog = async (pattern: RegExp, ms = 60_000): Promise<string> => {
    let done = false;
    void exited.then(() => (done = true));
    return waitFor(
      () => {
        const line = logs.find((l) => pattern.test(l));
        if (!line && done) throw new Error(`worker exited before logging ${pattern}:\n${logs.join("\n")}`);
        return line;
      },
      ms,
      `worker log ${pattern}`,
    );
  };
  const worker: WorkerProcess = {
    child,
    workerId: `${os.hostname()}:${child.pid}`,
    logs,
    exited,
    waitForLog,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  await waitForLog(/"message":"worker started"/, timeoutMs);
  return worker;
}

export interface RedisProcess {
  port: number;
  /** Where its append-only file lives (the caller removes it). */
  dir: string;
  url(db?: number): string;
  /** SIGKILL: no chance to save anything beyond what the append-only file already has. */
  kill(): Promise<void>;
}

/**
 * Starts a private redis-server on `port`. With `dir` and `appendonly`, every write is
 * fsynced to the append-only file before it is acknowledged, so a kill loses nothing.
 */
export async function startRedis(port: number, options: { appendonly: boolean; dir?: string }): Promise<RedisProcess> {
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), "arbiter-redis-"));
  const child = spawn(
    "redis-server",
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--dir",
      dir,
      "--appendonly",
      options.appendonly ? "yes" : "no",
      "--appendfsync",
      "always",
    ],
    { stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitFor(
    async () => {
      const probe = new Redis(port, "127.0.0.1", {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      probe.on("error", () => undefined);
      try {
        await probe.connect();
        return (await probe.ping()) === "PONG";
      } catch {
        return false;
      } finally {
        probe.disconnect();
      }
    },
    10_000,
    `redis-server on port ${port}`,
  );
  return {
    port,
    dir,
    url: (db = 0) => `redis://127.0.0.1:${port}/${db}`,
    kill: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
