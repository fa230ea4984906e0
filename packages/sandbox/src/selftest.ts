import type Docker from "dockerode";
import { RUNNER_ENV, RUNNER_UID } from "./policy";
import type { RunRequest, RunResult } from "./protocol";
import { directSandboxes, type SandboxOpener } from "./pool";

export interface SelftestCheck {
  name: string;
  ok: boolean;
  detail: string;
}

interface Probe {
  name: string;
  script: string;
  limits?: Partial<RunRequest>;
  expect: (result: RunResult, out: string) => boolean;
}

const MIB = 1024 * 1024;

/** Fast containment checks needing only /bin/sh and coreutils, so any sandbox image can run them. */
const PROBES: Probe[] = [
  {
    name: "runs as the unprivileged runner uid",
    script: "id -u",
    expect: (_, out) => out.trim() === String(RUNNER_UID),
  },
  {
    name: "holds no capabilities",
    script: "grep CapEff /proc/self/status",
    expect: (_, out) => /CapEff:\s*0+$/.test(out.trim()),
  },
  {
    name: "no_new_privs is set",
    script: "grep NoNewPrivs /proc/self/status",
    expect: (_, out) => /NoNewPrivs:\s*1/.test(out),
  },
  {
    name: "seccomp filter is active",
    script: "grep '^Seccomp:' /proc/self/status",
    expect: (_, out) => /Seccomp:\s*2/.test(out),
  },
  {
    // io_uring is allowed by some Docker versions' default profile; our stacked filter must deny it.
    name: "io_uring is denied (needs python3 in the image)",
    script:
      "command -v python3 >/dev/null || { echo skipped; exit 0; }; python3 -c 'import ctypes; print(ctypes.CDLL(None).syscall(425, 4, ctypes.create_string_buffer(120)))'",
    expect: (_, out) => out.trim() === "-1" || out.trim() === "skipped",
  },
  {
    // SysV objects outlive the process that made them: one test could leave data for the next.
    name: "SysV shared memory, message queues and semaphores are denied",
    script:
      "command -v ipcmk >/dev/null || { echo skipped; exit 0; }; for kind in '-M 4096' -Q '-S 1'; do ipcmk $kind >/dev/null 2>&1; printf %s $?; done",
    expect: (_, out) => out.trim() === "skipped" || /^[1-9][1-9][1-9]$/.test(out.trim()),
  },
  { name: "no network interface but loopback", script: "ls /sys/class/net", expect: (_, out) => out.trim() === "lo" },
  {
    name: "root filesystem is read-only",
    script: "touch /usr/arbiter-probe 2>&1; echo $?",
    expect: (_, out) => out.trim().endsWith("1"),
  },
  {
    name: "/etc/shadow is unreadable",
    script: "cat /etc/shadow >/dev/null 2>&1; echo $?",
    expect: (_, out) => out.trim() !== "0",
  },
  {
    name: "the supervisor's files are unreadable",
    script: "ls /box/sup >/dev/null 2>&1; echo $?",
    expect: (_, out) => out.trim() !== "0",
  },
  {
    name: "no Docker socket inside",
    script: "test -e /var/run/docker.sock; echo $?",
    expect: (_, out) => out.trim() === "1",
  },
  {
    name: "environment holds nothing from the worker",
    script: "env | cut -d= -f1 | sort | tr '\\n' ' '",
    expect: (_, out) => out.trim() === "HOME LANG PATH PWD TMPDIR",
  },
  {
    name: "CPU time limit stops a busy loop",
    script: "while :; do :; done",
    limits: { cpuLimitMs: 300, wallLimitMs: 5000 },
    expect: (r) => r.status === "cpu",
  },
  {
    name: "wall time limit stops a sleeper",
    script: "sleep 30",
    limits: { cpuLimitMs: 1000, wallLimitMs: 300 },
    expect: (r) => r.status === "wall",
  },
  {
    name: "memory limit stops a memory bomb",
    script: "tail -n 1 /dev/zero",
    limits: { cpuLimitMs: 10_000, wallLimitMs: 15_000 },
    expect: (r) => r.oomKilled,
  },
  {
    name: "output limit stops a flood",
    script: "yes",
    limits: { outputLimitBytes: 1 * MIB },
    expect: (r) => r.status === "output",
  },
  {
    name: "background processes are killed after a step",
    script: "(sleep 60 &) ; (setsid sleep 60 &) ; exit 0",
    expect: (r) => r.processes >= 2,
  },
  {
    name: "nothing survives into the next step",
    script: "ls /proc | grep -c '^[0-9]'",
    // PID 1 (the supervisor), sh, ls and grep: a survivor from the previous probe would add more.
    expect: (_, out) => Number(out.trim()) <= 4,
  },
];

/** Memory of the self-test's sandbox: also the kind a worker's pool prewarms for it. */
export const SELFTEST_MEMORY_BYTES = 128 * MIB;

/**
 * Runs the probes in one sandbox of `image`, opened by `opener` (a worker passes its
 * warm pool, so what the pool hands out is what is checked). The worker refuses to judge
 * unless every check passes: a judge that cannot contain code must not run it.
 */
export async function runSelftest(
  docker: Docker,
  image: string,
  workerId: string,
  opener: SandboxOpener = directSandboxes(docker),
): Promise<SelftestCheck[]> {
  const memoryBytes = SELFTEST_MEMORY_BYTES;
  const sandbox = await opener.open({ image, memoryBytes, workerId, expiresAt: Date.now() + 120_000 });
  const checks: SelftestCheck[] = [];
  try {
    for (const probe of PROBES) {
      const result = await sandbox.run({
        argv: ["/bin/sh", "-c", probe.script],
        env: [...RUNNER_ENV],
        stdin: Buffer.alloc(0),
        reset: true,
        cpuLimitMs: 2000,
        wallLimitMs: 5000,
        memoryLimitBytes: memoryBytes,
        outputLimitBytes: 64 * 1024,
        stderrLimitBytes: 64 * 1024,
        fileSizeLimitBytes: MIB,
        stackLimitBytes: 8 * MIB,
        ...probe.limits,
      });
      const out = result.stdout.toString("utf8");
      const ok = probe.expect(result, out);
      checks.push({
        name: probe.name,
        ok,
        detail: ok ? "" : `${result.status} exit=${result.exitCode ?? "-"} out=${out.slice(0, 200).trim()}`,
      });
    }
  } finally {
    await sandbox.close();
  }
  return checks;
}
