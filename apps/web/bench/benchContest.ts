/**
 * `npm run bench:contest`: the contest targets of issue 10, against a production server of
 * our own (`npm run start` on the existing build), the real database (every row made here
 * is deleted again) and a Redis database no judge worker listens on.
 *
 * 1. The public scoreboard of 1,000 participants × 12 problems with 30,000 submissions,
 *    50 clients × 1 req/s (target p95 ≤ 50 ms).
 * 2. Stored verdict → updated board on 300 open scoreboard streams (target p95 ≤ 200 ms):
 *    a verdict is written to PostgreSQL and announced as the after-judge hook does, and
 *    each stream's next `board` event is timed.
 * 3. A burst of 300 participants each submitting once through HTTP within
 *    BENCH_BURST_S (120) seconds: submit latency. Submit → verdict needs a judge worker:
 *    with BENCH_LIVE_BASE_URL (a running app and worker on REDIS_URL) the burst goes
 *    there and verdicts are awaited.
 *
 * Environment: DATABASE_URL, REDIS_URL (required); BENCH_REDIS_URL (default REDIS_URL
 * with database 15); BENCH_WEB_DIR; BENCH_PORT (3391); BENCH_DURATION_S (10);
 * BENCH_STREAMS (300); BENCH_BURST_S (120); BENCH_LIVE_BASE_URL (optional).
 */
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { createApiToken, createSession } from "@arbiter/core";
import { contestChannel } from "@arbiter/core/contests";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { Redis } from "ioredis";
import { runLoad } from "./load";
import { runPaced } from "./paced";
import { startProductionServer } from "./server";
import { ms, summarize, type Summary } from "./stats";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
const PARTICIPANTS = 1000;
const PROBLEMS = 12;
const SUBMISSIONS = 30_000;
const VERDICTS = ["AC", "WA", "WA", "TLE", "RE", "CE"] as const;

function env(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (value === undefined || value === "") throw new Error(`${name} is required`);
  return value;
}

function withDatabase(url: string, index: number): string {
  const parsed = new URL(url);
  parsed.pathname = `/${index}`;
  return parsed.toString();
}

interface Fixture {
  slug: string;
  contestId: string;
  cookie: string;
  problemSlugs: string[];
  submissionIds: string[];
  burst: { userId: string; token: string }[];
  cleanUp(): Promise<void>;
}

/** The contest, its 1,000 rows and 30,000 judged submissions, with 300 submitting members. */
async function createFixture(db: PrismaClient, burstUsers: number): Promise<Fixture> {
  const run = randomBytes(3).toString("hex");
  const slug = `bench-contest-${run}`;
  const id = (prefix: string, i: number) => `bench${run}${prefix}${String(i).padStart(5, "0")}`;
  const cleanUp = async () => {
    await db.submission.deleteMany({ where: { contest: { slug } } });
    await db.contest.deleteMany({ where: { slug } });
    await db.problem.deleteMany({ where: { slug: { startsWith: `bench-cp-${run}-` } } });
    await db.user.deleteMany({ where: { email: { endsWith: `@bench-contest-${run}.invalid` } } });
  };
  try {
    const viewer = await db.user.create({
      data: { email: `viewer@bench-contest-${run}.invalid`, name: "Bench Viewer", role: "admin" },
    });
    const { cookieValue } = await createSession(db, viewer.id);
    await db.user.createMany({
      data: Array.from({ length: burstUsers }, (_, i) => ({
        email: `u${i}@bench-contest-${run}.invalid`,
        name: `Bench ${i}`,
        role: "student" as const,
      })),
    });
    const users = await db.user.findMany({
      where: { email: { endsWith: `@bench-contest-${run}.invalid` }, role: "student" },
      orderBy: { email: "asc" },
      select: { id: true },
    });
    const problemSlugs = Array.from({ length: PROBLEMS }, (_, i) => `bench-cp-${run}-${i}`);
    await db.problem.createMany({
      data: problemSlugs.map((s, i) => ({ slug: s, title: `Problem ${i + 1}`, timeLimitMs: 1000, memoryLimitMb: 256 })),
    });
    const problems = await db.problem.findMany({ where: { slug: { in: problemSlugs } }, orderBy: { slug: "asc" } });
    const startsAt = new Date(Date.now() - 120 * 60_000);
    const contest = await db.contest.create({
      data: {
        slug,
        title: "Bench Contest",
        format: "icpc",
        startsAt,
        durationMinutes: 300,
        problems: {
          create: problems.map((p, i) => ({ problemId: p.id, label: String.fromCharCode(65 + i), position: i })),
        },
      },
    });
    await db.contestParticipant.createMany({
      data: Array.from({ length: PARTICIPANTS }, (_, i) => ({
        id: id("p", i),
        contestId: contest.id,
        name: `Team ${i + 1}`,
      })),
    });
    await db.contestTeamMember.createMany({
      data: users.map((u, i) => ({ participantId: id("p", i), userId: u.id, contestId: contest.id })),
    });
    const submissionIds: string[] = [];
    for (let from = 0; from < SUBMISSIONS; from += 5000) {
      const chunk = Array.from({ length: Math.min(5000, SUBMISSIONS - from) }, (_, k) => {
        const i = from + k;
        const verdict = VERDICTS[i % VERDICTS.length] ?? "WA";
        submissionIds.push(id("s", i));
        return {
          id: id("s", i),
          userId: users[i % users.length]?.id ?? viewer.id,
          problemId: problems[i % PROBLEMS]?.id ?? "",
          language: "python3",
          source: "print(1)",
          status: "done" as const,
          verdict,
          score: verdict === "AC" ? 100 : 0,
          context: "contest" as const,
          contestId: contest.id,
          participantId: id("p", Math.floor(Math.random() * PARTICIPANTS)),
          createdAt: new Date(startsAt.getTime() + Math.floor((i / SUBMISSIONS) * 110 * 60_000)),
        };
      });
      await db.submission.createMany({ data: chunk });
    }
    const burst = await Promise.all(
      users.map(async (u) => ({ userId: u.id, token: (await createApiToken(db, u.id, "bench")).token })),
    );
    return { slug, contestId: contest.id, cookie: cookieValue, problemSlugs, submissionIds, burst, cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** Opens `count` board streams; resolves once each has its first board. */
async function openStreams(url: string, cookie: string, count: number) {
  const streams = await Promise.all(
    Array.from({ length: count }, async () => {
      const controller = new AbortController();
      const response = await fetch(url, { headers: { cookie }, signal: controller.signal });
      if (!response.ok || !response.body) throw new Error(`stream: HTTP ${response.status}`);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      // A holder, not a plain variable: the reader loop and next() share it.
      const pending: { resolve: ((at: number) => void) | null } = { resolve: null };
      let boards = 0;
      let firstResolve: () => void = () => undefined;
      const first = new Promise<void>((resolve) => (firstResolve = resolve));
      void (async () => {
        for (;;) {
          const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const frameText = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!frameText.startsWith("event: board")) continue;
            boards++;
            if (boards === 1) firstResolve();
            else pending.resolve?.(performance.now());
            pending.resolve = null;
          }
        }
      })();
      await first;
      return {
        next: () => new Promise<number>((resolve) => (pending.resolve = resolve)),
        close: () => controller.abort(),
      };
    }),
  );
  return streams;
}

async function main(): Promise<void> {
  const databaseUrl = env("DATABASE_URL");
  const redisUrl = env("REDIS_URL");
  const benchRedisUrl = env("BENCH_REDIS_URL", withDatabase(redisUrl, 15));
  const webDir = path.resolve(env("BENCH_WEB_DIR", path.join(REPO_ROOT, "apps/web")));
  const port = Number(env("BENCH_PORT", "3391"));
  const durationS = Number(env("BENCH_DURATION_S", "10"));
  const streamCount = Number(env("BENCH_STREAMS", "300"));
  const burstS = Number(env("BENCH_BURST_S", "120"));
  const liveBaseUrl = process.env.BENCH_LIVE_BASE_URL;
  const db = createPrismaClient(databaseUrl);
  const started = Date.now();
  const loadBefore = os.loadavg()[0] ?? 0;
  console.log(`Setting up ${PARTICIPANTS} participants × ${PROBLEMS} problems, ${SUBMISSIONS} submissions…`);
  const fixture = await createFixture(db, 300);
  const server = await startProductionServer(webDir, port, { DATABASE_URL: databaseUrl, REDIS_URL: benchRedisUrl });
  const publisher = new Redis(benchRedisUrl, { maxRetriesPerRequest: 1 });
  const cookie = `arbiter_session=${fixture.cookie}`;
  const rows: string[] = [];
  const row = (metric: string, s: Summary, target?: number, note = "") =>
    rows.push(
      `| ${metric} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} | ${target ? `≤ ${target} ms ${s.p95 <= target ? "✓" : "✗"}` : "—"} | ${s.n} samples${note} |`,
    );
  try {
    const boardUrl = `${server.baseUrl}/api/v1/contests/${fixture.slug}/scoreboard`;
    const check = await fetch(boardUrl, { headers: { cookie } });
    if (check.status !== 200) throw new Error(`scoreboard: HTTP ${check.status} ${await check.text()}`);
    console.log(`Scoreboard: warm-up, then 50 clients × 1 req/s for ${durationS} s…`);
    await runLoad({ url: boardUrl, connections: 5, durationS: 3, headers: { cookie } });
    const paced = await runPaced({ url: boardUrl, clients: 50, ratePerClient: 1, durationS, headers: { cookie } });
    row(
      "Public scoreboard (1,000 × 12, 30,000 submissions), 50 clients × 1 req/s",
      paced,
      50,
      paced.non2xx ? `, ${paced.non2xx} failed` : "",
    );
    const alone = await runLoad({ url: boardUrl, connections: 1, durationS: 4, headers: { cookie } });
    row("Public scoreboard, 1 client back to back (service time)", alone);
    // Every verdict change empties the journal cache, so the next read recomputes from PostgreSQL.
    const coldSamples: number[] = [];
    for (let i = 0; i < 10; i++) {
      await publisher.publish(contestChannel(fixture.contestId), JSON.stringify({ type: "board" }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const t0 = performance.now();
      await (await fetch(boardUrl, { headers: { cookie } })).text();
      coldSamples.push(performance.now() - t0);
    }
    row("Public scoreboard right after a change (journal re-read from PostgreSQL)", summarize(coldSamples));

    console.log(`Board streams: opening ${streamCount}…`);
    const streams = await openStreams(`${boardUrl}/events`, cookie, streamCount);
    const delays: number[] = [];
    for (let round = 0; round < 10; round++) {
      const target = fixture.submissionIds[Math.floor(Math.random() * fixture.submissionIds.length)] ?? "";
      const arrivals = streams.map((s) => s.next());
      const t0 = performance.now();
      await db.submission.update({ where: { id: target }, data: { verdict: round % 2 ? "WA" : "AC" } });
      await publisher.publish(contestChannel(fixture.contestId), JSON.stringify({ type: "board" }));
      for (const at of await Promise.all(arrivals)) delays.push(at - t0);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    for (const s of streams) s.close();
    row(`Stored verdict → updated board on ${streamCount} open streams`, summarize(delays), 200);

    const burstBase = liveBaseUrl ?? server.baseUrl;
    console.log(`Burst: 300 participants submit once within ${burstS} s to ${burstBase}…`);
    const submitMs: number[] = [];
    const verdictMs: number[] = [];
    let failed = 0;
    const sweeper = liveBaseUrl
      ? undefined
      : setInterval(() => {
          // No worker listens on the bench Redis; a worker's reconciler on the shared
          // database must not pick these up either.
          void db.submission
            .updateMany({
              where: { contestId: fixture.contestId, status: "queued" },
              data: { status: "done", verdict: "IE" },
            })
            .catch(() => undefined);
        }, 3000);
    await Promise.all(
      fixture.burst.map(async (who, i) => {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * burstS * 1000));
        const t0 = performance.now();
        const response = await fetch(`${burstBase}/api/v1/submissions`, {
          method: "POST",
          headers: { authorization: `Bearer ${who.token}`, "content-type": "application/json" },
          body: JSON.stringify({
            problem: fixture.problemSlugs[i % PROBLEMS],
            language: "python3",
            source: "print(1)\n",
            contest: fixture.slug,
          }),
        }).catch(() => null);
        submitMs.push(performance.now() - t0);
        if (response?.status !== 202) {
          failed++;
          return;
        }
        if (!liveBaseUrl) return;
        const { id } = (await response.json()) as { id: string };
        for (let tries = 0; tries < 600; tries++) {
          const view = (await (
            await fetch(`${burstBase}/api/v1/submissions/${id}`, { headers: { authorization: `Bearer ${who.token}` } })
          ).json()) as { status: string };
          if (view.status === "done") return void verdictMs.push(performance.now() - t0);
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }),
    );
    if (sweeper) clearInterval(sweeper);
    row(
      "Burst: submit (POST /api/v1/submissions), 300 participants",
      summarize(submitMs),
      undefined,
      failed ? `, ${failed} not accepted` : "",
    );
    if (liveBaseUrl) row("Burst: submit → verdict", summarize(verdictMs));
    else
      rows.push(
        "| Burst: submit → verdict | — | — | — | — | not measured: set BENCH_LIVE_BASE_URL to an app with a judge worker |",
      );
  } finally {
    await server.stop();
    publisher.disconnect();
    await fixture.cleanUp();
    await db.$disconnect();
  }
  const report = [
    `# Contest benchmark, ${new Date().toISOString().slice(0, 10)}`,
    "",
    `Production build (\`npm run start\`, ${server.processes} process(es)); load generator on the same machine.`,
    "",
    "| Metric | p50 | p95 | max | Target (p95) | Notes |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    `- CPU: ${os.cpus()[0]?.model ?? "unknown"}, ${os.cpus().length} cores; Node ${process.version}`,
    `- Load average (1 min) before / after: ${loadBefore.toFixed(2)} / ${(os.loadavg()[0] ?? 0).toFixed(2)}; ${((Date.now() - started) / 1000).toFixed(0)} s`,
    "",
  ].join("\n");
  console.log(`\n${report}`);
  const file = path.join(REPO_ROOT, "bench", "results", `contest-${new Date().toISOString().slice(0, 10)}.md`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, report);
  console.log(`Saved ${path.relative(REPO_ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
