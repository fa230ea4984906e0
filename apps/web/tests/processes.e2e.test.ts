import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support";

// infra/scripts/test.sh starts the e2e web app and judge worker with the same launcher
// as `npm run up` (start_app in lib.sh); under root it must drop to an unprivileged user.
// The processes are found through the pid files the scripts write: each app is started
// in its own session, whose id is the pid in the file.
const RUN_DIR = path.join(REPO_ROOT, ".data", "run");

interface ProcessInfo {
  pid: number;
  command: string;
  uids: number[];
  groups: number[];
}

async function processGroup(name: string): Promise<ProcessInfo[]> {
  const group = Number((await readFile(path.join(RUN_DIR, `${name}.pid`), "utf8")).trim());
  expect(group, `${name}.pid holds no pid`).toBeGreaterThan(0);
  const found: ProcessInfo[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const statLine = await readFile(`/proc/${entry}/stat`, "utf8");
      // Fields after the command (which may hold spaces): state ppid pgrp ...
      const pgrp = Number(statLine.slice(statLine.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== group) continue;
      const status = await readFile(`/proc/${entry}/status`, "utf8");
      const field = (key: string) =>
        (status.match(new RegExp(`^${key}:\\s*(.*)$`, "m"))?.[1] ?? "").split(/\s+/).filter(Boolean).map(Number);
      const command = (await readFile(`/proc/${entry}/cmdline`, "utf8")).replaceAll("\0", " ").trim();
      found.push({ pid: Number(entry), command, uids: field("Uid"), groups: field("Groups") });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

async function dockerSocketGroup(): Promise<number | undefined> {
  try {
    return (await stat("/var/run/docker.sock")).gid;
  } catch {
    return undefined;
  }
}

describe("the web app and the judge worker started by the scripts", () => {
  it("do not run as root", async () => {
    for (const name of ["web-test", "judge-test"]) {
      const processes = await processGroup(name);
      expect(
        processes.some((p) => p.command.includes("node")),
        `no node process in ${name}`,
      ).toBe(true);
      for (const p of processes) {
        // Real, effective, saved and filesystem uid.
        expect(p.uids, `${name}: ${p.command} (pid ${p.pid})`).toHaveLength(4);
        expect(
          p.uids.every((uid) => uid !== 0),
          `${name}: ${p.command} (pid ${p.pid}) runs as root`,
        ).toBe(true);
      }
    }
  });

  it("give the Docker socket's group to the worker only", async () => {
    const socketGroup = await dockerSocketGroup();
    expect(socketGroup, "no /var/run/docker.sock").toBeDefined();
    for (const p of await processGroup("web-test")) {
      expect(p.groups, `web: ${p.command}`).not.toContain(socketGroup);
    }
  });
});
