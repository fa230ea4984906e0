import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts `next start` on an existing production build (`<webDir>/.next`) with the given
 * environment. Next is resolved from the app's own node_modules tree, so a copy of the
 * app elsewhere runs with its own modules.
 */
export async function startProductionServer(
  webDir: string,
  port: number,
  env: NodeJS.ProcessEnv,
): Promise<RunningServer> {
  if (!existsSync(path.join(webDir, ".next", "BUILD_ID"))) {
    throw new Error(`no production build in ${webDir}/.next: run \`npx next build\` in ${webDir} first`);
  }
  const nextBin = createRequire(path.join(webDir, "package.json")).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: webDir,
    env: { ...process.env, ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child, () => log);
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  return { baseUrl, stop: () => stop(child) };
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
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
