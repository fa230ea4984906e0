/**
 * `npm run bench:judge`: judging throughput and latency through the queue, next to the
 * same work done bare on the host. Needs PostgreSQL, Redis and Docker (npm run up);
 * reads DATABASE_URL and REDIS_URL from the environment, else from the repository's .env.
 * Prints a table and writes bench/results/judge-YYYY-MM-DD.md. About a minute on 2 cores.
 */
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Redis } from "ioredis";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { createRedis, createSubmission, openJudgeQueue, type Actor, type JudgeQueue } from "@arbiter/core";
import { storeTestCaseFile } from "@arbiter/core/testFiles";
import { registerRuntimes, type JudgingTimings } from "@arbiter/judge";
import { SandboxPool, createDocker } from "@arbiter/sandbox";
import { judgeEventSchema } from "@arbiter/shared";
import { createWorker } from "../createWorker";
import { createLogger } from "../logger";
import { judgeBare } from "./bare";
import { percentile } from "./stats";
import { renderBreakdown, renderRatios, renderReport, renderTable, type WorkloadResult } from "./report";
import { workloads, type Workload } from "./workloads";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../../..");
const IDLE_SAMPLES = 10;
const BARE_SAMPLES = 10;

interface BenchEnv {
  databaseUrl: string;
  redisUrl: string;
  slots: number;
  /** Multiplies the burst sizes (BENCH_SCALE); 1 keeps the run near a minute. */
  scale: number;
  /** Warm sandboxes per kind (BENCH_POOL, default 1; 0 = no pool). */
  pool: number;
}

function loadBenchEnv(): BenchEnv {
  const fromFile: Record<string, string> = {};
  try {
    for (const line of readFileSync(path.join(REPO_ROOT, ".env"), "utf8").split("\n")) {
      const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
      if (match) fromFile[match[1]!] = match[2]!;
    }
  } catch {
    // No .env: the environment must have everything.
  }
  const read = (key: string): string | undefined => process.env[key] ?? fromFile[key];
  const databaseUrl = read("DATABASE_URL");
  const redisUrl = read("REDIS_URL");
  if (!databaseUrl || !redisUrl)
    throw new Error("DATABASE_URL and REDIS_URL must be set (npm run up writes them to .env)");
  return {
    databaseUrl,
    redisUrl,
    slots: Number(read("ARBITER_CONCURRENCY") ?? Math.max(1, os.availableParallelism() - 1)),
    scale: Number(read("BENCH_SCALE") ?? 1),
    pool: Number(read("BENCH_POOL") ?? 1),
  };
}

/** Resolves each submission's final-verdict time from the live events on Redis, as the web would see them. */
class VerdictWatcher {
  private readonly doneAt = new Map<string, number>();
  private readonly waiters = new Map<string, () => void>();

  constructor(private readonly subscriber: Redis) {}

  async start(): Promise<void> {
    this.subscriber.on("pmessage", (_pattern: string, channel: string, message: string) => {
      const event = judgeEventSchema.safeParse(JSON.parse(message));
      if (!event.success || event.data.type !== "done") return;
      const id = channel.slice(channel.lastIndexOf(":") + 1);
      this.doneAt.set(id, performance.now());
      this.waiters.get(id)?.();
    });
    await this.subscriber.psubscribe("arbiter:submission:*");
  }

  /** When the submission's final verdict was published (performance.now() clock). */
  async done(id: string): Promise<number> {
    const known = this.doneAt.get(id);
    if (known !== undefined) return known;
    await new Promise<void>((resolve) => this.waiters.set(id, resolve));
    this.waiters.delete(id);
    return this.doneAt.get(id)!;
  }
}

/** Each judging's step times and span, as the in-process worker reports them (performance.now() clock). */
type Spans = Map<string, { timings: JudgingTimings; startedAt: number; finishedAt: number }>;

async function runWorkload(
  spans: Spans,
  db: PrismaClient,
  queue: JudgeQueue,
  watcher: VerdictWatcher,
  user: Actor,
  workload: Workload,
  slots: number,
): Promise<WorkloadResult> {
  const files = await Promise.all(workload.tests.map(([input, answer]) => storeTestCaseFile(db, input, answer)));
  const problem = await db.problem.create({
    data: {
      slug: `bench-${randomUUID().slice(0, 8)}`,
      title: `Bench: ${workload.name}`,
      timeLimitMs: 2000,
      memoryLimitMb: 256,
      testCases: {
        create: workload.tests.map((_, i) => ({
          index: i + 1,
          name: `secret/${i + 1}`,
          isSample: false,
          ...files[i]!,
        })),
      },
    },
  });
  const submit = async (): Promise<{ id: string; at: number }> => {
    const at = performance.now();
    const { id } = await createSubmission(db, queue, user, {
      problem: problem.slug,
      language: workload.language,
      source: workload.source,
    });
    return { id, at };
  };
  try {
    await watcher.done((await submit()).id); // warm-up: image cache, database, code paths

    const burstStart = performance.now();
    const burst: { id: string; at: number }[] = [];
    for (let i = 0; i < workload.burst; i++) burst.push(await submit());
    const burstDone = await Promise.all(burst.map((s) => watcher.done(s.id)));
    const burstMs = Math.max(...burstDone) - burstStart;

    const idleLatencyMs: number[] = [];
    const steps: Record<string, number[]> = {};
    const add = (step: string, value: number) => (steps[step] ??= []).push(value);
    for (let i = 0; i < IDLE_SAMPLES; i++) {
      const s = await submit();
      const doneAt = await watcher.done(s.id);
      idleLatencyMs.push(doneAt - s.at);
      const span = spans.get(s.id);
      if (!span) continue;
      add("queue wait", span.startedAt - s.at);
      add("load", span.timings.load ?? 0);
      add("container open", span.timings.containerOpen ?? 0);
      add("compile", span.timings.compile ?? 0);
      add("test data", span.timings.testData ?? 0);
      add("tests", span.timings.tests ?? 0);
      add("checker", span.timings.checker ?? 0);
      add("storing", span.timings.storing ?? 0);
      add("publishing", doneAt - span.finishedAt);
    }
    const breakdown = Object.fromEntries(Object.entries(steps).map(([step, v]) => [step, percentile(v, 50)]));
    const wrong = await db.submission.count({ where: { problemId: problem.id, NOT: { verdict: "AC" } } });
    if (wrong > 0)
      throw new Error(`${wrong} submissions of "${workload.name}" were not accepted: the benchmark is wrong`);

    const bareMs: number[] = [];
    for (let i = 0; i < BARE_SAMPLES; i++) bareMs.push(await judgeBare(workload));
    return {
      name: workload.name,
      burst: workload.burst,
      burstMs,
      burstLatencyMs: burst.map((s, i) => burstDone[i]! - s.at),
      idleLatencyMs,
      bareMs,
      slots,
      breakdown,
    };
  } finally {
    await db.submission.deleteMany({ where: { problemId: problem.id } });
    await db.problem.delete({ where: { id: problem.id } });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadBefore = os.loadavg()[0] ?? 0;
  const env = loadBenchEnv();
  const docker = createDocker();
  const db = createPrismaClient(env.databaseUrl);
  const workerId = `${os.hostname()}:${process.pid}`;
  const failedRuntimes = (await registerRuntimes(db, docker, workerId)).filter(
    (r) => r.error && ["python3", "cpp"].includes(r.language),
  );
  if (failedRuntimes.length > 0)
    throw new Error(`sandbox images missing: ${failedRuntimes.map((r) => r.language).join(", ")}; run npm run up`);

  const connections = [
    createRedis(env.redisUrl),
    createRedis(env.redisUrl),
    createRedis(env.redisUrl),
    createRedis(env.redisUrl),
  ] as const;
  const queue = openJudgeQueue(connections[0], `bench-judge-${randomUUID()}`);
  const watcher = new VerdictWatcher(connections[1]);
  await watcher.start();
  const spans: Spans = new Map();
  // A warm pool as the worker runs it (BENCH_POOL=0 measures without one).
  const pool =
    env.pool > 0 ? new SandboxPool({ docker, workerId, perKind: env.pool, maxTotal: env.pool * 2 }) : undefined;
  const { worker } = createWorker({
    db,
    docker,
    connection: connections[2],
    publisher: connections[3],
    logger: createLogger({}, () => undefined),
    workerId,
    concurrency: env.slots,
    queueName: queue.name,
    onTimings: (id, timings, span) => spans.set(id, { timings, ...span }),
    ...(pool ? { sandboxes: pool } : {}),
  });
  const user = await db.user.create({
    data: { email: `bench-${randomUUID()}@bench.local`, name: "Benchmark", role: "student" },
    select: { id: true, role: true },
  });
  const results: WorkloadResult[] = [];
  try {
    for (const workload of workloads(env.scale)) {
      process.stderr.write(
        `judging: ${workload.name} (burst of ${workload.burst}, ${IDLE_SAMPLES} one at a time, ${BARE_SAMPLES} bare)\n`,
      );
      results.push(await runWorkload(spans, db, queue, watcher, user, workload, env.slots));
    }
  } finally {
    await worker.close();
    await pool?.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await db.submission.deleteMany({ where: { userId: user.id } });
    await db.user.delete({ where: { id: user.id } });
    await db.$disconnect();
    for (const connection of connections) connection.disconnect();
  }

  const info = await docker.version().catch(() => ({ Version: "unknown" }));
  const date = new Date().toISOString();
  const report = renderReport(results, {
    date,
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism(),
    docker: info.Version,
    node: process.version,
    durationS: (performance.now() - started) / 1000,
    load: [loadBefore, os.loadavg()[0] ?? 0],
  });
  const file = path.join(REPO_ROOT, "bench/results", `judge-${date.slice(0, 10)}.md`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, report);
  process.stdout.write(
    `${renderTable(results)}\n\n${renderBreakdown(results)}\n\nThrough createSubmission + an in-process worker (not the web's HTTP layer). Saved ${path.relative(REPO_ROOT, file)}\n${renderRatios(results)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:judge failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
