import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export interface RunningServer {
  baseUrl: string;
  /** How many Node processes serve (from the server's start-up line). */
  processes: number;
  stop(): Promise<void>;
}

/**
 * Starts the web app as production runs it (`npm run start` in the app: server.mjs, one
 * process per core unless WEB_PROCESSES says otherwise) on an existing production build
 * (`<webDir>/.next`), on 127.0.0.1, with the given environment.
 */
export async function startProductionServer(
  webDir: string,
  port: number,
  env: NodeJS.ProcessEnv,
): Promise<RunningServer> {
  if (!existsSync(path.join(webDir, ".next", "BUILD_ID"))) {
    throw new Error(`no production build in ${webDir}/.next: run \`npx next build\` in ${webDir} first`);
  }
  // Its own process group, so stopping it stops npm, the primary and every worker.
  const child = spawn("npm", ["run", "--silent", "start"], {
    cwd: webDir,
    env: { ...process.env, ...env, PORT: String(port), WEB_HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, () => log);
  } catch (error) {
    signalGroup(child, "SIGKILL");
    throw error;
  }
  const processes = Number(/serving on .* with (\d+) process/.exec(log)?.[1] ?? NaN);
  return { baseUrl, processes, stop: () => stop(child) };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web server exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the web server did not become healthy within 30 s:\n${log()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    signalGroup(child, "SIGTERM");
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
