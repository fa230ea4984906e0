/**
 * The attack suite: each hostile program gets its exact verdict, and afterwards the
 * host checks that nothing escaped — no process of the runner uid left on the host,
 * no container left behind, and (inside the same container) no survivor of the test.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { CONTAINER_LABEL, RUNNER_ENV, RUNNER_UID, WORKER_LABEL, createDocker, type Sandbox } from "@arbiter/sandbox";
import { ATTACKS } from "./testing/attacks";
import { judgeSingleTest } from "./testing/judgeSingleTest";

const docker = createDocker();
const WORKER_ID = `attack-suite-${process.pid}`;

/** Host processes of the runner uid that belong to the given container's cgroup. */
function hostProcessesOf(containerId: string): string[] {
  let pids: string[];
  try {
    pids = execFileSync("pgrep", ["-u", String(RUNNER_UID)], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
  return pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cgroup`, "utf8").includes(containerId);
    } catch {
      return false; // exited meanwhile
    }
  });
}

async function ourContainers(): Promise<number> {
  const list = await docker.listContainers({
    all: true,
    filters: { label: [CONTAINER_LABEL, `${WORKER_LABEL}=${WORKER_ID}`] },
  });
  return list.length;
}

/** Counts processes in the container besides the supervisor and the counting shell itself. */
async function survivors(sandbox: Sandbox): Promise<number> {
  const result = await sandbox.run({
    argv: ["/bin/sh", "-c", "for p in /proc/[0-9]*; do echo ${p#/proc/}; done"],
    env: [...RUNNER_ENV],
    stdin: Buffer.alloc(0),
    reset: true,
    cpuLimitMs: 2000,
    wallLimitMs: 5000,
    memoryLimitBytes: 64 << 20,
    outputLimitBytes: 65536,
    stderrLimitBytes: 65536,
    fileSizeLimitBytes: 1 << 20,
    stackLimitBytes: 8 << 20,
  });
  const pids = result.stdout
    .toString()
    .trim()
    .split("\n")
    .filter((p) => p !== "1");
  return pids.length - 1; // the shell itself
}

afterAll(async () => {
  expect(await ourContainers()).toBe(0);
});

describe("attack suite (real Docker engine)", () => {
  it.each(ATTACKS.map((a) => [a.name, a] as const))("%s", async (_name, attack) => {
    let leftover = -1;
    const outcome = await judgeSingleTest(docker, {
      language: attack.language,
      source: attack.source,
      ...(attack.answer ? { answer: attack.answer } : {}),
      ...(attack.timeLimitMs ? { timeLimitMs: attack.timeLimitMs } : {}),
      ...(attack.memoryLimitMb ? { memoryLimitMb: attack.memoryLimitMb } : {}),
      workerId: WORKER_ID,
      afterwards: async (sandbox) => {
        leftover = await survivors(sandbox);
      },
    });
    expect({
      verdict: outcome.verdict,
      stdout: outcome.stdout.slice(0, 300),
      compile: outcome.compileOutput.slice(0, 300),
    }).toMatchObject({
      verdict: attack.verdict,
    });
    expect(outcome.stdout, "a probe got through").not.toContain("open");
    if (attack.compileOutput) expect(outcome.compileOutput).toContain(attack.compileOutput);
    if (attack.verdict !== "CE") expect(leftover, "processes surviving into the next step").toBe(0);
    expect(hostProcessesOf(outcome.containerId), "runner processes left on the host").toEqual([]);
    expect(await ourContainers(), "containers left behind").toBe(0);
  });
});
