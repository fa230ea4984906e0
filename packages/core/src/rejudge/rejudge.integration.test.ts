import { randomUUID } from "node:crypto";
import { Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@arbiter/db/client";
import type { JudgeJob } from "@arbiter/shared";
import { AppError } from "../errors";
import { enqueueSubmission, jobPriority, openJudgeQueue, type JudgeQueue } from "../queue";
import { createRedis } from "../redis";
import { rejudgeProblem } from "./rejudgeProblem";
import { rejudgeSubmission } from "./rejudgeSubmission";

const db = createPrismaClient();
const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0";
const connection = createRedis(redisUrl);
let queue: JudgeQueue;
let problem = { id: "", slug: "" };
let userId = "";

beforeAll(async () => {
  queue = openJudgeQueue(connection, `test-rejudge-${randomUUID()}`);
  problem = await db.problem.create({
    data: { slug: `rejudge-${randomUUID().slice(0, 8)}`, title: "Rejudge", timeLimitMs: 1000, memoryLimitMb: 64 },
    select: { id: true, slug: true },
  });
  userId = (await db.user.create({ data: { email: `rejudge-${randomUUID()}@test.local`, name: "Rejudge" } })).id;
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  await db.submission.deleteMany({ where: { problemId: problem.id } });
  await db.problem.delete({ where: { id: problem.id } });
  await db.user.delete({ where: { id: userId } });
  await db.$disconnect();
  connection.disconnect();
});

/** A submission judged once already (verdict stored, one finished judging a minute ago). */
async function judged(verdict: "AC" | "WA") {
  return db.submission.create({
    data: {
      userId,
      problemId: problem.id,
      language: "python3",
      source: "print(3)",
      status: "done",
      verdict,
      score: verdict === "AC" ? 100 : 0,
      createdAt: new Date(Date.now() - 120_000),
      judgings: {
        create: { workerId: "test", startedAt: new Date(Date.now() - 60_000), finishedAt: new Date(), verdict },
      },
    },
  });
}

/** Drains the queue the way a worker would (no sandbox): marks each submission judged again. */
async function drain(): Promise<void> {
  const workerConnection = createRedis(redisUrl);
  const worker = new Worker<JudgeJob>(
    queue.name,
    async (job) => {
      if (job.data.kind === "submission")
        await db.submission.update({ where: { id: job.data.submissionId }, data: { status: "done" } });
    },
    { connection: workerConnection },
  );
  while ((await queue.getJobCountByTypes("wait", "prioritized", "active", "delayed")) > 0)
    await new Promise((r) => setTimeout(r, 50));
  await worker.close();
  workerConnection.disconnect();
}

describe("rejudging", () => {
  it("enqueues a rejudge in the last tier; status queued, verdict kept until the new judging finishes", async () => {
    const s = await judged("WA");
    expect(await rejudgeSubmission(db, queue, s.id)).toBe("queued");
    const row = await db.submission.findUniqueOrThrow({ where: { id: s.id } });
    expect(row).toMatchObject({ status: "queued", verdict: "WA", score: 0 });
    const job = await queue.getJob(`rejudge-${s.id}`);
    expect(job?.data).toEqual({ kind: "submission", submissionId: s.id, reason: "rejudge" });
    expect(job?.opts.priority).toBe(jobPriority({ tier: "rejudge" }));
    // Asking again while it waits adds nothing.
    expect(await rejudgeSubmission(db, queue, s.id)).toBe("coalesced");
    expect(await queue.getJobCountByTypes("prioritized")).toBe(1);
    // Once that rejudge is done, another one can be requested (the finished job is replaced).
    await drain();
    expect(await rejudgeSubmission(db, queue, s.id)).toBe("queued");
    expect(await (await queue.getJob(`rejudge-${s.id}`))?.getState()).toBe("prioritized");
    await drain();
  });

  it("coalesces with a first judging that has not started yet", async () => {
    const s = await db.submission.create({
      data: { userId, problemId: problem.id, language: "python3", source: "print(3)" },
    });
    await enqueueSubmission(db, queue, s.id, "submit");
    expect(await rejudgeSubmission(db, queue, s.id)).toBe("coalesced");
    expect(await queue.getJob(`rejudge-${s.id}`)).toBeUndefined();
    await drain();
  });

  it("rejudges a whole problem, oldest first, and refuses unknown ids", async () => {
    const pending = await db.submission.create({
      data: { userId, problemId: problem.id, language: "python3", source: "print(3)" },
    });
    await enqueueSubmission(db, queue, pending.id, "submit");
    const result = await rejudgeProblem(db, queue, problem.slug);
    const total = await db.submission.count({ where: { problemId: problem.id } });
    expect(result).toEqual({ total, queued: total - 1, coalesced: 1 });
    const waiting = await queue.getPrioritized();
    expect(waiting.filter((j) => j.id?.startsWith("rejudge-"))).toHaveLength(total - 1);
    expect(await db.submission.count({ where: { problemId: problem.id, status: "done" } })).toBe(0);

    await expect(rejudgeSubmission(db, queue, "no-such-submission")).rejects.toEqual(
      new AppError("not_found", "No such submission."),
    );
    await expect(rejudgeProblem(db, queue, "no-such-problem")).rejects.toBeInstanceOf(AppError);
    await drain();
  });
});
