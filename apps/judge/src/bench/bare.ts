/**
 * The same work done bare: compile and run every test on the host, with no sandbox, no
 * queue and no database, one submission after another. What a judge would cost if it
 * trusted the code it runs.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { LANGUAGES } from "@arbiter/shared";
import type { Workload } from "./workloads";

/** Debian's python3, as in the sandbox image (a pyenv shim would add ~50 ms of bash per run). */
const HOST_PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

interface Run {
  code: number | null;
  stdout: string;
}

function run(command: string, args: string[], cwd: string, stdin = ""): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["pipe", "pipe", "ignore"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout }));
    child.stdin.end(stdin);
  });
}

/** Host commands for one workload: the language table's compile step, then the program. */
function hostCommands(workload: Workload, dir: string): { compile: [string, string[]]; run: [string, string[]] } {
  const spec = LANGUAGES[workload.language];
  const [compiler = "", ...compileArgs] = spec.compile;
  if (workload.language === "python3") {
    return { compile: [HOST_PYTHON, compileArgs], run: [HOST_PYTHON, [spec.sourceFile]] };
  }
  return { compile: [compiler, compileArgs], run: [path.join(dir, "main"), []] };
}

/** Judges one submission bare; returns its wall time in ms. Throws if any test fails (the bench would be wrong). */
export async function judgeBare(workload: Workload): Promise<number> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "arbiter-bench-bare-"));
  try {
    const started = performance.now();
    const commands = hostCommands(workload, dir);
    await writeFile(path.join(dir, LANGUAGES[workload.language].sourceFile), workload.source);
    const compiled = await run(commands.compile[0], commands.compile[1], dir);
    if (compiled.code !== 0) throw new Error(`bare compile failed for ${workload.name}`);
    for (const [input, answer] of workload.tests) {
      const result = await run(commands.run[0], commands.run[1], dir, input);
      if (result.code !== 0 || result.stdout.trim() !== answer.trim())
        throw new Error(`bare run gave a wrong answer for ${workload.name}`);
    }
    return performance.now() - started;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
