/**
 * Redis going away under a running worker process, on a private redis-server this test
 * starts and kills (SIGKILL) on a free port. With the append-only file (fsync on every
 * write) Redis comes back with the queue; without it Redis comes back empty and the
 * reconciler rebuilds the queue from PostgreSQL. Either way: everything judged, once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@arbiter/db/client";
import { createRedis, enqueueSubmission, openJudgeQueue, type JudgeQueue } from "@arbiter/core";
import type { Redis } from "ioredis";
import {
  PYTHON_APLUSB,
  createProblem,
  createUser,
  removeFixtures,
  slowPythonAplusb,
  storeSubmission,
} from "./testing/fixtures";
import { freePort, startRedis, startWorker, waitFor, type RedisProcess, type WorkerProcess } from "./testing/processes";

const db = createPrismaClient();
const fixtures = { problemIds: [] as string[], userIds: [] as string[] };
const dataDir = mkdtempSync(path.join(os.tmpdir(), "arbiter-redis-restart-"));
const scratchDirs = [dataDir];
let redisServer: RedisProcess;
let connection: Redis;
let queue: JudgeQueue;
let worker: WorkerProcess;
let problemId = "";
let userId = "";

beforeAll(async () => {
  problemId = (await createProblem(db)).id;
  userId = (await createUser(db)).id;
  fixtures.problemIds.push(problemId);
  fixtures.userIds.push(userId);
  const port = await freePort();
  redisServer = await startRedis(port, { appendonly: true, dir: dataDir });
  connection = createRedis(redisServer.url());
  queue = openJudgeQueue(connection, "test-redis-restart");
  // The outages are deliberate: the test's own connection reconnects quietly.
  connection.on("error", () => undefined);
  queue.on("error", () => undefined);
  worker = await startWorker({
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    REDIS_URL: redisServer.url(),
    ARBITER_QUEUE: "test-redis-restart",
    ARBITER_CONCURRENCY: "1",
    ARBITER_RECONCILE_INTERVAL_S: "1",
    ARBITER_STRANDED_AFTER_MS: "2000",
  });
});

afterAll(async () => {
  await worker.stop("SIGKILL");
  await queue.close().catch(() => undefined);
  connection.disconnect();
  await redisServer.kill();
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
  await removeFixtures(db, fixtures);
  await db.$disconnect();
});

async function submit(source: string): Promise<string> {
  const submission = await storeSubmission(db, { problemId, userId, source });
  await enqueueSubmission(db, queue, submission.id, "submit");
  return submission.id;
}

async function judgingsWhenDone(id: string) {
  await waitFor(
    async () => (await db.submission.findUniqueOrThrow({ where: { id } })).status === "done",
    60_000,
    `submission ${id} to be judged`,
  );
  return db.judging.findMany({ where: { submissionId: id }, orderBy: { startedAt: "asc" } });
}

/** Kills Redis, waits until the worker has noticed, and starts it again on the same port. */
async function restartRedis(options: { appendonly: boolean }): Promise<void> {
  const errorsBefore = worker.logs.filter((l) => l.includes("redis connection error")).length;
  await redisServer.kill();
  await waitFor(
    () => worker.logs.filter((l) => l.includes("redis connection error")).length > errorsBefore,
    10_000,
    "the worker to notice",
  );
  await sleep(500);
  const dir = options.appendonly ? dataDir : mkdtempSync(path.join(os.tmpdir(), "arbiter-redis-empty-"));
  scratchDirs.push(dir);
  redisServer = await startRedis(redisServer.port, { appendonly: options.appendonly, dir });
}

describe("Redis restarts under a worker", () => {
  it("while idle: the worker reconnects and judges new work", async () => {
    await restartRedis({ appendonly: true });
    const id = await submit(PYTHON_APLUSB);
    expect((await judgingsWhenDone(id)).map((j) => j.verdict)).toEqual(["AC"]);
  });

  it("with a judging running and one waiting, Redis keeping its data: both judged once", async () => {
    const running = await submit(slowPythonAplusb(0.5));
    await waitFor(
      async () => (await db.submission.findUniqueOrThrow({ where: { id: running } })).status === "judging",
      30_000,
      "judging",
    );
    const waiting = await submit(PYTHON_APLUSB);
    await restartRedis({ appendonly: true });
    expect((await judgingsWhenDone(running)).map((j) => [j.reason, j.verdict])).toEqual([["submit", "AC"]]);
    expect((await judgingsWhenDone(waiting)).map((j) => [j.reason, j.verdict])).toEqual([["submit", "AC"]]);
  });

  it("with a judging running and one waiting, Redis coming back empty: the reconciler re-enqueues, both judged once", async () => {
    const running = await submit(slowPythonAplusb(0.5));
    await waitFor(
      async () => (await db.submission.findUniqueOrThrow({ where: { id: running } })).status === "judging",
      30_000,
      "judging",
    );
    const waiting = await submit(PYTHON_APLUSB);
    await restartRedis({ appendonly: false });
    expect((await judgingsWhenDone(running)).map((j) => [j.reason, j.verdict])).toEqual([["submit", "AC"]]);
    expect((await judgingsWhenDone(waiting)).map((j) => [j.reason, j.verdict])).toEqual([["reconcile", "AC"]]);
    expect(worker.logs.some((l) => l.includes("reconciled stranded work"))).toBe(true);
  });
});
