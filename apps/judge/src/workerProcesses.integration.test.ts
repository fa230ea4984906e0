/**
 * The worker as operators run it: real processes (`node --import tsx apps/judge/src/main.ts`)
 * on a queue of their own, with real PostgreSQL, Redis and Docker. Killed with SIGKILL
 * mid-judging, stopped with SIGTERM (finishing, or releasing after the grace), and two
 * workers sharing the queue. The tests run in order and hand workers on to each other.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueJudge, enqueueSubmission, openJudgeQueue, rejudgeSubmission } from "@arbiter/core";
import { CONTAINER_LABEL, WORKER_LABEL, createDocker } from "@arbiter/sandbox";
import { createProblem, createUser, slowPythonAplusb, storeSubmission } from "./testing/fixtures";
import { startWorker, waitFor, type WorkerProcess } from "./testing/processes";
import { useTestServices } from "./testing/services";

const { db, redis, fixtures } = useTestServices();
const docker = createDocker();
const queueName = `test-workers-${randomUUID()}`;
const queue = openJudgeQueue(redis(), queueName);
const workers: WorkerProcess[] = [];
let problemId = "";
let userId = "";

const env = {
  DATABASE_URL: process.env.DATABASE_URL ?? "",
  REDIS_URL: process.env.REDIS_URL ?? "",
  ARBITER_QUEUE: queueName,
  ARBITER_CONCURRENCY: "1",
  // A killed worker's job is back in the queue within ~3 + 2×1 s.
  ARBITER_LOCK_DURATION_MS: "3000",
  ARBITER_STALLED_INTERVAL_MS: "1000",
  // Leave other tests' rows alone: nothing here needs the reconciler.
  ARBITER_STRANDED_AFTER_MS: "3600000",
};

async function start(extra: Record<string, string> = {}): Promise<WorkerProcess> {
  const worker = await startWorker({ ...env, ...extra });
  workers.push(worker);
  return worker;
}

async function submit(source: string): Promise<string> {
  const submission = await storeSubmission(db, { problemId, userId, source });
  await enqueueSubmission(db, queue, submission.id, "submit");
  return submission.id;
}

async function waitUntilDone(id: string, timeoutMs = 60_000) {
  return waitFor(
    async () => {
      const row = await db.submission.findUniqueOrThrow({ where: { id } });
      return row.status === "done" ? row : undefined;
    },
    timeoutMs,
    `submission ${id} to be judged`,
  );
}

async function waitUntilTestsRun(id: string): Promise<void> {
  await waitFor(
    async () => (await db.testResult.count({ where: { judging: { submissionId: id } } })) > 0,
    60_000,
    `submission ${id} to be under way`,
  );
}

const judgingsOf = (submissionId: string) =>
  db.judging.findMany({ where: { submissionId }, orderBy: { startedAt: "asc" } });

async function sandboxesOf(workerId: string): Promise<string[]> {
  const containers = await docker.listContainers({
    all: true,
    filters: { label: [CONTAINER_LABEL, `${WORKER_LABEL}=${workerId}`] },
  });
  return containers.map((c) => c.Id);
}

beforeAll(async () => {
  problemId = (await createProblem(db)).id;
  userId = (await createUser(db)).id;
  fixtures.problemIds.push(problemId);
  fixtures.userIds.push(userId);
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop("SIGKILL")));
  await queue.obliterate({ force: true });
  await queue.close();
});

describe("judge worker processes", () => {
  let survivor: WorkerProcess | undefined;

  it("SIGKILL mid-judging: the next worker cleans up, re-judges, one final verdict", async () => {
    const doomed = await start();
    const id = await submit(slowPythonAplusb(1));
    await waitUntilTestsRun(id);
    expect(await sandboxesOf(doomed.workerId)).not.toEqual([]);
    await doomed.stop("SIGKILL");

    survivor = await start({ ARBITER_SHUTDOWN_GRACE_MS: "1000" });
    // Its janitor ran at start-up: the dead worker's sandbox is gone already.
    expect(await sandboxesOf(doomed.workerId)).toEqual([]);
    const done = await waitUntilDone(id);
    expect(done).toMatchObject({ verdict: "AC", score: 100 });
    const judgings = await judgingsOf(id);
    expect(judgings.map((j) => [j.workerId, j.verdict])).toEqual([
      [doomed.workerId, "IE"],
      [survivor.workerId, "AC"],
    ]);
    expect(judgings[0]?.errorDetail).toMatch(/abandoned/);
    expect(survivor.logs.some((l) => l.includes("lost its worker"))).toBe(true);
  });

  it("SIGTERM past the grace: releases the judging to another worker and exits 0", async () => {
    const leaving = survivor!;
    const id = await submit(slowPythonAplusb(1));
    await waitUntilTestsRun(id);
    const signalled = Date.now();
    expect(await leaving.stop("SIGTERM")).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(15_000);
    expect(leaving.logs.some((l) => l.includes("releasing running judgings"))).toBe(true);
    expect(await sandboxesOf(leaving.workerId)).toEqual([]);
    expect(await db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "judging" });

    survivor = await start();
    expect(await waitUntilDone(id)).toMatchObject({ verdict: "AC" });
    const judgings = await judgingsOf(id);
    expect(judgings.map((j) => [j.workerId, j.verdict])).toEqual([
      [leaving.workerId, "IE"],
      [survivor.workerId, "AC"],
    ]);
  });

  let pair: WorkerProcess[] = [];

  it("two workers share the queue: each submission judged exactly once; custom runs and rejudges too", async () => {
    pair = [survivor!, await start()];
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await submit("a, b = map(int, open(0).read().split())\nprint(a + b)\n"));
    const run = await db.customRun.create({
      data: {
        problemId,
        userId,
        language: "python3",
        source: "print(sum(map(int, input().split())))\n",
        input: new Uint8Array(Buffer.from("1 2\n")),
      },
    });
    await enqueueJudge(queue, { kind: "custom", customRunId: run.id }, { tier: "custom" });

    for (const id of ids) expect(await waitUntilDone(id)).toMatchObject({ verdict: "AC" });
    const judgings = await db.judging.findMany({ where: { submissionId: { in: ids } } });
    expect(judgings).toHaveLength(10);
    expect(new Set(judgings.map((j) => j.submissionId)).size).toBe(10);
    expect(new Set(judgings.map((j) => j.workerId))).toEqual(new Set(pair.map((w) => w.workerId)));
    const ranRun = await waitFor(
      async () => {
        const row = await db.customRun.findUniqueOrThrow({ where: { id: run.id } });
        return row.status === "done" ? row : undefined;
      },
      30_000,
      "the custom run",
    );
    expect(ranRun.verdict).toBe("AC");
    expect(Buffer.from(ranRun.output ?? new Uint8Array()).toString()).toBe("3\n");

    // A rejudge is a second Judging with reason "rejudge"; the verdict stays meanwhile.
    expect(await rejudgeSubmission(db, queue, ids[0]!)).toBe("queued");
    await waitFor(
      async () => (await judgingsOf(ids[0]!)).some((j) => j.finishedAt && j.reason === "rejudge"),
      30_000,
      "the rejudge",
    );
    expect(await waitUntilDone(ids[0]!)).toMatchObject({ verdict: "AC" });
    expect((await judgingsOf(ids[0]!)).map((j) => j.reason)).toEqual(["submit", "rejudge"]);

    // Every log line about a job names its submission (or custom run).
    const jobLines = pair.flatMap((w) => w.logs).filter((l) => /"message":"(judging|judged|ran)"/.test(l));
    expect(jobLines.length).toBeGreaterThanOrEqual(24);
    for (const line of jobLines) {
      const fields = JSON.parse(line) as Record<string, unknown>;
      expect(fields.submissionId ?? fields.customRunId).toEqual(expect.any(String));
    }

    const metricsLine = await pair[0]!.waitForLog(/"message":"metrics listening"/);
    const port = (JSON.parse(metricsLine) as { port: number }).port;
    // The slot is released once the judging's containers are removed, just after its verdict is stored.
    const metrics = await waitFor(
      async () => {
        const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
        return /arbiter_busy_slots 0/.test(text) ? text : undefined;
      },
      10_000,
      "the slots to be released",
    );
    expect(metrics).toMatch(/arbiter_verdicts_total\{kind="submission",verdict="AC"\} [1-9]/);
    expect(metrics).toMatch(/arbiter_judge_latency_seconds_count\{kind="submission"\} [1-9]/);
    expect(metrics).toMatch(/arbiter_queue_waiting_jobs\{tier="practice"\} 0/);
    expect(metrics).toMatch(/arbiter_busy_slots 0/);
  });

  it("SIGTERM within the grace: finishes the running judging, then exits 0", async () => {
    const id = await submit(slowPythonAplusb(0.5));
    await waitUntilTestsRun(id);
    const judging = (await judgingsOf(id))[0]!;
    const busy = pair.find((w) => w.workerId === judging.workerId)!;
    const signalled = Date.now();
    expect(await busy.stop("SIGTERM")).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(20_000);
    expect(await db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "done", verdict: "AC" });
    expect(await judgingsOf(id)).toHaveLength(1);
    for (const worker of pair) expect(await worker.stop("SIGTERM")).toBe(0);
  });
});
