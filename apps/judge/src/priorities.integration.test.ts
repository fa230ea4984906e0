/**
 * Queue order against real Redis and PostgreSQL, with the judge pipeline replaced by a
 * recorder (the order is the queue's doing, not the sandbox's): everything is enqueued
 * while no worker runs, then one worker with one slot drains the queue.
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { enqueueJudge, enqueueSubmission, jobPriority, openJudgeQueue, rejudgeSubmission } from "@arbiter/core";
import { createDocker } from "@arbiter/sandbox";
import { judgeEventSchema, submissionChannel, type JudgeEvent } from "@arbiter/shared";
import { createWorker } from "./createWorker";
import type { JudgeFunctions } from "./judgeJob";
import { createLogger } from "./logger";
import { createProblem, createUser, storeSubmission } from "./testing/fixtures";
import { waitFor } from "./testing/processes";
import { useTestServices } from "./testing/services";

const { db, redis, fixtures } = useTestServices();

describe("queue priorities and per-user fairness", () => {
  it("runs contest first, a newcomer before a flooder's backlog, custom runs after practice, rejudges last", async () => {
    const queue = openJudgeQueue(redis(), `test-priorities-${randomUUID()}`);
    const problem = await createProblem(db);
    const [flooder, newcomer, contestant] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
    fixtures.problemIds.push(problem.id);
    fixtures.userIds.push(flooder.id, newcomer.id, contestant.id);
    const ids = { problemId: problem.id };

    // Enqueued first, judged last: a rejudge of an old finished submission.
    const old = await storeSubmission(db, { ...ids, userId: contestant.id });
    await db.submission.update({ where: { id: old.id }, data: { status: "done", verdict: "WA", score: 0 } });
    expect(await rejudgeSubmission(db, queue, old.id)).toBe("queued");
    // A custom run, enqueued before the practice submissions but in a lower tier.
    const run = await db.customRun.create({
      data: { ...ids, userId: newcomer.id, language: "python3", source: "print(1)", input: new Uint8Array() },
    });
    await enqueueJudge(queue, { kind: "custom", customRunId: run.id }, { tier: "custom" });
    // The flooder submits 50 times (each row stored, then enqueued, as createSubmission does)...
    const flood: string[] = [];
    for (let i = 0; i < 50; i++) {
      const s = await storeSubmission(db, { ...ids, userId: flooder.id });
      await enqueueSubmission(db, queue, s.id, "submit");
      flood.push(s.id);
    }
    // ...then a newcomer submits once, and a contestant submits in a contest.
    const newcomers = await storeSubmission(db, { ...ids, userId: newcomer.id });
    await enqueueSubmission(db, queue, newcomers.id, "submit");
    const contest = await storeSubmission(db, { ...ids, userId: contestant.id, context: "contest" });
    await enqueueSubmission(db, queue, contest.id, "submit");

    expect((await queue.getJob(`submission-${flood[49]}`))?.opts.priority).toBe(
      jobPriority({ tier: "practice", userPending: 49 }),
    );
    expect((await queue.getJob(`submission-${contest.id}`))?.opts.priority).toBe(jobPriority({ tier: "contest" }));

    const subscriber = redis();
    const events: JudgeEvent[] = [];
    await subscriber.subscribe(submissionChannel(newcomers.id));
    subscriber.on("message", (_channel: string, message: string) =>
      events.push(judgeEventSchema.parse(JSON.parse(message))),
    );

    const order: string[] = [];
    const judges: JudgeFunctions = {
      judgeSubmission: async (ctx, submissionId) => {
        order.push(submissionId);
        ctx.onEvent?.({ type: "status", status: "judging" });
        await db.submission.update({
          where: { id: submissionId },
          data: { status: "done", verdict: "AC", score: 100 },
        });
        ctx.onEvent?.({ type: "done", verdict: "AC", score: 100 });
        return { verdict: "AC", score: 100 };
      },
      judgeCustomRun: async (_ctx, customRunId) => {
        order.push(customRunId);
        await db.customRun.update({ where: { id: customRunId }, data: { status: "done", verdict: "AC" } });
      },
    };
    const { worker } = createWorker({
      db,
      docker: createDocker(),
      connection: redis(),
      publisher: redis(),
      logger: createLogger({}, () => undefined),
      workerId: `${os.hostname()}:${process.pid}`,
      concurrency: 1,
      queueName: queue.name,
      judges,
    });
    try {
      await waitFor(() => order.length === 54, 30_000, "all 54 jobs");
    } finally {
      await worker.close();
    }

    expect(order[0]).toBe(contest.id);
    // Same priority as the flooder's first job, which came first (FIFO); ahead of the other 49.
    expect(order.indexOf(newcomers.id)).toBe(2);
    expect(order.slice(1, 52).filter((id) => id !== newcomers.id)).toEqual(flood);
    expect(order[52]).toBe(run.id);
    expect(order[53]).toBe(old.id);
    await waitFor(() => events.some((e) => e.type === "done"), 5000, "the newcomer's done event");
    expect(events).toEqual([
      { type: "status", status: "judging" },
      { type: "done", verdict: "AC", score: 100 },
    ]);
    await queue.obliterate({ force: true });
    await queue.close();
  });
});
