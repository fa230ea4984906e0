import { afterEach, describe, expect, it } from "vitest";
import { createDocker } from "./docker";
import { sandboxImageRef } from "./images";
import { RUNNER_ENV } from "./policy";
import type { RunRequest } from "./protocol";
import { Sandbox } from "./sandbox";

const docker = createDocker();
const MIB = 1024 * 1024;
let sandbox: Sandbox | undefined;

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

const open = async (): Promise<Sandbox> =>
  (sandbox = await Sandbox.open(docker, {
    image: sandboxImageRef("python"),
    memoryBytes: 256 * MIB,
    workerId: `sandbox-test-${process.pid}`,
    expiresAt: Date.now() + 60_000,
  }));

const step = (script: string, extra: Partial<RunRequest> = {}): RunRequest => ({
  argv: ["/bin/sh", "-c", script],
  env: [...RUNNER_ENV],
  stdin: Buffer.alloc(0),
  reset: false,
  cpuLimitMs: 2000,
  wallLimitMs: 5000,
  memoryLimitBytes: 128 * MIB,
  outputLimitBytes: MIB,
  stderrLimitBytes: MIB,
  fileSizeLimitBytes: MIB,
  stackLimitBytes: 8 * MIB,
  ...extra,
});

describe("Sandbox host-side file handling", () => {
  it("never follows a symlink planted in the work dir when copying out", async () => {
    const box = await open();
    await box.run(step("ln -s /etc/passwd leak && ln -s /box/sup/stdin leak2 && echo real > plain"));
    await expect(box.readFile("leak", MIB)).rejects.toMatchObject({
      name: "SandboxFileRefusedError",
      reason: "not-regular",
    });
    await expect(box.readFile("leak2", MIB)).rejects.toMatchObject({
      name: "SandboxFileRefusedError",
      reason: "not-regular",
    });
    await expect(box.readFile("absent", MIB)).rejects.toMatchObject({
      name: "SandboxFileRefusedError",
      reason: "missing",
    });
    expect((await box.readFile("plain", MIB)).toString()).toBe("real\n");
  });

  it("refuses names that would leave the work dir", async () => {
    const box = await open();
    await expect(box.readFile("../sup/stdin", MIB)).rejects.toThrow(/invalid file name/);
    await expect(box.writeFile("../prog/main", "x")).rejects.toThrow(/invalid file name/);
  });

  it("caps copy-out size", async () => {
    const box = await open();
    await box.run(step("head -c 100000 /dev/zero > big"));
    await expect(box.readFile("big", 1000)).rejects.toMatchObject({
      reason: "too-large",
      message: expect.stringMatching(/larger than 1000 bytes/) as unknown,
    });
  });

  it("does not promote a symlinked build product", async () => {
    const box = await open();
    await box.run(step("ln -s /etc/shadow main"));
    await expect(box.promote(["main"])).rejects.toThrow(/not regular files/);
  });

  it("promotes build products read-only and resets the work dir between tests", async () => {
    const box = await open();
    await box.writeFile("main.py", "print(int(input()) * 2)\n");
    await box.run(step("touch leftover"));
    expect(await box.promote(["main.py"])).toBe(1);
    const first = await box.run({
      ...step("python3 /box/prog/main.py"),
      argv: ["python3", "/box/prog/main.py"],
      stdin: Buffer.from("21\n"),
      reset: true,
    });
    expect(first.stdout.toString()).toBe("42\n");
    const tamper = await box.run(step("echo x > /box/prog/main.py; ls -A /box/work; echo done", { reset: true }));
    expect(tamper.stdout.toString()).toBe("done\n");
    expect(tamper.stderr.toString()).toMatch(/Permission denied|Read-only/);
  });

  it("delivers only the current test's input, on stdin", async () => {
    const box = await open();
    const result = await box.run(step("cat; ls -A /box/work /tmp", { stdin: Buffer.from("secret-1\n"), reset: true }));
    expect(result.stdout.toString()).toBe("secret-1\n/box/work:\n\n/tmp:\n");
  });

  it("leaves no SysV shared memory, queue or semaphore from one test for the next", async () => {
    const box = await open();
    // Test 1 tries to leave a segment with the input in it (a segment is not a file: no reset removes it).
    const first = await box.run(
      step("ipcmk -M 4096 && ipcmk -Q && ipcmk -S 1; echo rc=$?", { stdin: Buffer.from("secret-1\n"), reset: true }),
    );
    expect(first.stdout.toString()).toMatch(/rc=[1-9]/);
    expect(first.stderr.toString()).toMatch(/Operation not permitted/);
    const second = await box.run(step("ipcs -m -q -s | grep -c '^0x'", { reset: true }));
    expect(second.stdout.toString().trim()).toBe("0");
  });
});

describe("Sandbox interactive steps", () => {
  // A tiny interactor in shell: reads the secret from its input file, answers guesses.
  const interactor = [
    "#!/bin/sh",
    'secret=$(cat "$1")',
    "n=0",
    "while read -r guess; do",
    "  n=$((n+1))",
    '  if [ "$guess" -eq "$secret" ]; then echo "="; echo "found in $n" > "$3/judgemessage.txt"; exit 42; fi',
    '  if [ "$guess" -lt "$secret" ]; then echo "<"; else echo ">"; fi',
    "done",
    'echo "no answer" > "$3/judgemessage.txt"',
    "exit 43",
    "",
  ].join("\n");
  const solve = [
    "lo=1; hi=100",
    "while :; do",
    "  mid=$(( (lo+hi)/2 )); echo $mid",
    "  read -r r",
    '  case "$r" in "=") exit 0;; "<") lo=$((mid+1));; ">") hi=$((mid-1));; esac',
    "done",
  ].join("\n");
  const request = (argv: string[]) => ({
    argv,
    env: [...RUNNER_ENV],
    judgeArgv: ["/bin/sh", "/box/jbin/interactor", "/box/jdata/input", "/box/jdata/answer", "/box/jdata/feedback"],
    input: Buffer.from("37\n"),
    answer: Buffer.from("37\n"),
    cpuLimitMs: 2000,
    wallLimitMs: 4000,
    memoryLimitBytes: 128 * MIB,
    stderrLimitBytes: 65536,
    fileSizeLimitBytes: MIB,
    stackLimitBytes: 8 * MIB,
    judgeCpuLimitMs: 2000,
  });

  it("connects the program and the interactor, whose data the program cannot read", async () => {
    const box = await open();
    await box.writeFile("interactor", interactor, 0o755, "judge");
    const ok = await box.interact(request(["/bin/sh", "-c", solve]));
    expect(ok.judge).toMatchObject({ status: "exited", exitCode: 42 });
    expect(ok.solution).toMatchObject({ status: "exited", exitCode: 0 });
    expect(ok.judgeMessage.toString()).toMatch(/^found in \d+/);

    const snoop = await box.interact(
      request(["/bin/sh", "-c", "cat /box/jdata/input /box/jbin/interactor >&2; echo 1; read r; exit 0"]),
    );
    expect(snoop.stderr.toString()).toMatch(/Permission denied/);
    expect(snoop.stderr.toString()).not.toContain("37");
    expect(snoop.judge.exitCode).toBe(43);
  });

  it("stops a program that never answers at the wall limit, and one that spins at the CPU limit", async () => {
    const box = await open();
    await box.writeFile("interactor", interactor, 0o755, "judge");
    const silent = await box.interact(request(["/bin/sh", "-c", "sleep 60"]));
    expect(silent.solution.status).toBe("wall");
    const spin = await box.interact(request(["/bin/sh", "-c", "while :; do :; done"]));
    expect(spin.solution.status).toBe("cpu");
  });
});
