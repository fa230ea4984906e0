/**
 * PostgreSQL going away in the middle of a judging, with real Redis, Docker and the real
 * judge: the worker reaches the database through a TCP proxy that this test cuts (every
 * connection dropped, new ones refused) and restores. The attempt fails, is retried with
 * backoff while the database is still away, and the submission ends with one verdict.
 */
import { randomUUID } from "node:crypto";
import net from "node:net";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@arbiter/db/client";
import { enqueueSubmission, openJudgeQueue } from "@arbiter/core";
import { createDocker } from "@arbiter/sandbox";
import { createWorker } from "./createWorker";
import { createLogger } from "./logger";
import { createProblem, createUser, slowPythonAplusb, storeSubmission } from "./testing/fixtures";
import { freePort, waitFor } from "./testing/processes";
import { useTestServices } from "./testing/services";

const databaseUrl = new URL(process.env.DATABASE_URL ?? "postgresql://localhost/arbiter");
const { db, redis, fixtures } = useTestServices();

/** A TCP proxy to PostgreSQL that can be cut (all connections dropped, new ones refused) and restored. */
class DatabaseProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();

  constructor(readonly port: number) {}

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(Number(databaseUrl.port || 5432), databaseUrl.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  url(): string {
    const url = new URL(databaseUrl);
    url.hostname = "127.0.0.1";
    url.port = String(this.port);
    return url.toString();
  }
}

describe("PostgreSQL unavailable briefly", () => {
  it("retries the judging with backoff and finishes it once the database is back", async () => {
    const problem = await createProblem(db);
    const user = await createUser(db);
    fixtures.problemIds.push(problem.id);
    fixtures.userIds.push(user.id);
    const submission = await storeSubmission(db, {
      problemId: problem.id,
      userId: user.id,
      source: slowPythonAplusb(0.4),
    });

    const proxy = new DatabaseProxy(await freePort());
    await proxy.open();
    const workerDb = createPrismaClient(proxy.url());
    const queue = openJudgeQueue(redis(), `test-db-outage-${randomUUID()}`);
    const logs: string[] = [];
    const { worker } = createWorker({
      db: workerDb,
      docker: createDocker(),
      connection: redis(),
      publisher: redis(),
      logger: createLogger({}, (line) => logs.push(line)),
      workerId: `${os.hostname()}:${process.pid}`,
      concurrency: 1,
      queueName: queue.name,
    });
    try {
      await enqueueSubmission(db, queue, submission.id, "submit");
      // Cut the database once the first test result is stored: the judging is under way.
      await waitFor(
        async () => (await db.testResult.count({ where: { judging: { submissionId: submission.id } } })) > 0,
        60_000,
        "a test result",
      );
      await proxy.cut();
      await waitFor(() => logs.some((l) => l.includes("judging failed, will retry")), 30_000, "a failed attempt");
      // The first retry comes 2 s later, with the database still away; it is restored after 3 s.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await proxy.open();
      const done = await waitFor(
        async () => {
          const row = await db.submission.findUniqueOrThrow({ where: { id: submission.id } });
          return row.status === "done" ? row : undefined;
        },
        60_000,
        "the final verdict",
      );
      expect(done).toMatchObject({ verdict: "AC", score: 100 });
      const failedAttempts = logs.filter((l) => l.includes("judging failed, will retry"));
      expect(failedAttempts.length).toBeGreaterThanOrEqual(2);
      for (const line of failedAttempts) expect(JSON.parse(line)).toMatchObject({ submissionId: submission.id });
      expect(logs.some((l) => l.includes("failed for good"))).toBe(false);
      // The cut judging could not even record its failure: it is closed as abandoned by the next one.
      const judgings = await db.judging.findMany({
        where: { submissionId: submission.id },
        orderBy: { startedAt: "asc" },
      });
      expect(judgings.map((j) => j.verdict)).toEqual(["IE", "AC"]);
      expect(judgings[0]?.errorDetail).toMatch(/abandoned/);
      const job = await queue.getJob(`submission-${submission.id}`);
      expect(job?.attemptsMade).toBeGreaterThanOrEqual(2);
    } finally {
      await worker.close();
      await proxy.cut();
      await workerDb.$disconnect();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
