/**
 * The "bare" side of the benchmark: the same programs run directly on the host, with
 * no container, supervisor or Docker stream in between.
 */
import { execFile, spawn } from "node:child_process";
import { access, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { RUNNER_ENV } from "../policy";

const execFileAsync = promisify(execFile);

/**
 * A tiny C harness: `bare-run <stdin-file> <program> [args…]` forks, execs the program
 * with the file on stdin and a pipe on stdout, reads the pipe to EOF, wait4()s, and
 * prints on stderr `BARE <wall_us> <cpu_us> <exit>`: wall from just before fork() to
 * reaping (what the supervisor's wallTimeUs covers), cpu = the child's ru_utime +
 * ru_stime, the bare getrusage() the sandbox's cpuTimeUs is compared with. The child's
 * output is copied to the harness's stdout.
 */
export const BARE_HARNESS_SOURCE = `#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
static long long now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}
int main(int argc, char **argv) {
  if (argc < 3) return 2;
  int in = open(argv[1], O_RDONLY | O_CLOEXEC), out[2];
  if (in < 0 || pipe2(out, O_CLOEXEC) != 0) return 2;
  static char buf[1 << 20];
  size_t len = 0;
  long long start = now_us();
  pid_t pid = fork();
  if (pid < 0) return 2;
  if (pid == 0) {
    dup2(in, 0);
    dup2(out[1], 1);
    execv(argv[2], argv + 2);
    _exit(127);
  }
  close(out[1]);
  ssize_t n;
  while ((n = read(out[0], buf + len, sizeof buf - len)) > 0) len += (size_t)n;
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0) return 2;
  long long wall = now_us() - start;
  long long cpu = (long long)ru.ru_utime.tv_sec * 1000000 + ru.ru_utime.tv_usec +
                  (long long)ru.ru_stime.tv_sec * 1000000 + ru.ru_stime.tv_usec;
  fwrite(buf, 1, len, stdout);
  fprintf(stderr, "BARE %lld %lld %d\\n", wall, cpu, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  return 0;
}
`;

export interface BareRun {
  /** Wall time in ms: in the harness, fork → reaped; via Node, spawn() → exit and end of stdout. */
  wallMs: number;
  /** The child's rusage CPU time in µs (harness only; NaN via Node). */
  cpuUs: number;
  stdout: Buffer;
  exitCode: number | null;
}

/** Runs `program args` under the C harness with `stdinFile` on stdin, as the runner's environment. */
export async function runUnderHarness(
  harness: string,
  stdinFile: string,
  program: string,
  args: readonly string[],
  cwd: string,
): Promise<BareRun> {
  const { stdout, stderr } = await execFileAsync(harness, [stdinFile, program, ...args], {
    cwd,
    env: envObject(RUNNER_ENV),
    encoding: "buffer",
  });
  const match = /BARE (\d+) (\d+) (-?\d+)/.exec(stderr.toString("utf8"));
  if (!match) throw new Error(`bare harness failed for ${program}: ${stderr.toString("utf8").trim()}`);
  return { wallMs: Number(match[1]) / 1000, cpuUs: Number(match[2]), stdout, exitCode: Number(match[3]) };
}

/**
 * Runs `command` with `input` on stdin straight from Node, timed spawn() → exit and
 * end of stdout. This includes Node's own cost of spawning (a fork of a large process),
 * which the judge never pays: kept as a second, pessimistic baseline.
 */
export function runViaNode(command: string, args: readonly string[], input: Buffer, cwd: string): Promise<BareRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: envObject(RUNNER_ENV), stdio: ["pipe", "pipe", "inherit"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    // "close" fires once the process has exited and its stdio streams are drained.
    child.on("close", (exitCode) =>
      resolve({ wallMs: performance.now() - started, cpuUs: Number.NaN, stdout: Buffer.concat(chunks), exitCode }),
    );
    child.stdin.end(input);
  });
}

/** Compiles `sourceName` in `dir` with the given compiler command line (argv[0] found on PATH). */
export async function compileOnHost(
  dir: string,
  argv: readonly string[],
  sourceName: string,
  source: string,
): Promise<void> {
  await writeFile(path.join(dir, sourceName), source);
  const [command, ...args] = argv;
  if (!command) throw new Error("empty compile command");
  await execFileAsync(command, args, { cwd: dir });
}

/**
 * The host's Python to compare with: Debian's /usr/bin/python3 when present (the same
 * distribution build as the sandbox image's), else whatever `python3` on PATH really is
 * (past a pyenv shim, a shell script that adds ~100 ms per start).
 */
export async function resolvePython(): Promise<{ executable: string; version: string }> {
  const system = "/usr/bin/python3";
  const candidate = await access(system).then(
    () => system,
    () => "python3",
  );
  const { stdout } = await execFileAsync(candidate, [
    "-c",
    "import sys, platform; print(sys.executable); print(platform.python_version())",
  ]);
  const [executable, version] = stdout.trim().split("\n");
  if (!executable || !version) throw new Error("cannot find the host's python3");
  return { executable, version };
}

export async function commandVersion(command: string, args: readonly string[]): Promise<string> {
  const { stdout, stderr } = await execFileAsync(command, args);
  return (stdout || stderr).split("\n")[0]?.trim() ?? "";
}

function envObject(entries: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    entries.map((entry) => [entry.slice(0, entry.indexOf("=")), entry.slice(entry.indexOf("=") + 1)]),
  );
}
