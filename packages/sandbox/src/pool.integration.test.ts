import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createDocker } from "./docker";
import { sandboxImageRef } from "./images";
import { CONTAINER_LABEL, POOL_LABEL, RUNNER_ENV, WORKER_LABEL } from "./policy";
import { SandboxPool } from "./pool";
import { runSelftest } from "./selftest";

const docker = createDocker();
const MIB = 1024 * 1024;
const image = sandboxImageRef("python");
const pools: SandboxPool[] = [];

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function newPool(options: { perKind?: number; maxTotal?: number; now?: () => number } = {}) {
  const workerId = `pool-test-${randomUUID().slice(0, 8)}`;
  const pool = new SandboxPool({
    docker,
    workerId,
    perKind: options.perKind ?? 1,
    maxTotal: options.maxTotal ?? 2,
    ...(options.now ? { now: options.now } : {}),
  });
  pools.push(pool);
  return { pool, workerId };
}

const kind = { image, memoryBytes: 256 * MIB };
const request = (workerId: string) => ({ ...kind, workerId, expiresAt: Date.now() + 60_000 });

async function containersOf(workerId: string) {
  return docker.listContainers({ all: true, filters: { label: [`${WORKER_LABEL}=${workerId}`] } });
}

async function echo(sandbox: Awaited<ReturnType<SandboxPool["open"]>>, text: string): Promise<string> {
  const result = await sandbox.run({
    argv: ["/bin/sh", "-c", `echo ${text}`],
    env: [...RUNNER_ENV],
    stdin: Buffer.alloc(0),
    reset: true,
    cpuLimitMs: 2000,
    wallLimitMs: 5000,
    memoryLimitBytes: 128 * MIB,
    outputLimitBytes: MIB,
    stderrLimitBytes: MIB,
    fileSizeLimitBytes: MIB,
    stackLimitBytes: 8 * MIB,
  });
  return result.stdout.toString().trim();
}

describe("SandboxPool (real Docker)", () => {
  it("hands out a started, labelled container once, then starts a fresh one in its place", async () => {
    const { pool, workerId } = newPool();
    await pool.prewarm(kind);
    expect(pool.size).toBe(1);
    const [waiting] = await containersOf(workerId);
    expect(waiting?.State).toBe("running");
    expect(waiting?.Labels).toMatchObject({ [CONTAINER_LABEL]: "1", [POOL_LABEL]: "1", [WORKER_LABEL]: workerId });

    const first = await pool.open(request(workerId));
    expect(first.id).toBe(waiting?.Id);
    expect(pool.stats).toMatchObject({ hits: 1, misses: 0 });
    expect(await echo(first, "one")).toBe("one");
    await first.close(); // used once, then removed: nothing goes back into the pool

    await pool.prewarm(kind);
    const second = await pool.open(request(workerId));
    expect(second.id).not.toBe(first.id);
    expect(await echo(second, "two")).toBe("two");
    await second.close();
    expect((await containersOf(workerId)).map((c) => c.Id)).not.toContain(first.id);
  }, 60_000);

  it("stays within its bounds", async () => {
    const { pool, workerId } = newPool({ perKind: 3, maxTotal: 2 });
    await pool.prewarm(kind);
    await pool.prewarm({ ...kind, memoryBytes: 128 * MIB });
    expect(pool.size).toBe(2);
    expect(await containersOf(workerId)).toHaveLength(2);
  }, 60_000);

  it("never hands out a container that died while waiting", async () => {
    const { pool, workerId } = newPool();
    await pool.prewarm(kind);
    const [waiting] = await containersOf(workerId);
    await docker.getContainer(waiting!.Id).kill();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the attach stream reports the death
    const sandbox = await pool.open(request(workerId));
    expect(sandbox.id).not.toBe(waiting!.Id);
    expect(pool.stats.discarded).toBe(1);
    expect(await echo(sandbox, "alive")).toBe("alive");
    await sandbox.close();
  }, 60_000);

  it("replaces a container that waited too long instead of handing it out", async () => {
    let now = Date.now();
    const { pool, workerId } = newPool({ now: () => now });
    await pool.prewarm(kind);
    const [old] = await containersOf(workerId);
    now += 11 * 60_000;
    const sandbox = await pool.open(request(workerId));
    expect(sandbox.id).not.toBe(old!.Id);
    expect(pool.stats).toMatchObject({ hits: 0, misses: 1, discarded: 1 });
    await sandbox.close();
  }, 60_000);

  it("runs the self-test on what the pool hands out", async () => {
    const { pool, workerId } = newPool();
    await pool.prewarm({ image, memoryBytes: 128 * MIB });
    const checks = await runSelftest(docker, image, workerId, pool);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(pool.stats.hits).toBe(1);
  }, 60_000);

  it("removes every waiting container when closed", async () => {
    const { pool, workerId } = newPool({ perKind: 2, maxTotal: 2 });
    await pool.prewarm(kind);
    expect(await containersOf(workerId)).toHaveLength(2);
    await pool.close();
    expect(await containersOf(workerId)).toHaveLength(0);
  }, 60_000);
});
