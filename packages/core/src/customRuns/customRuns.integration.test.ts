import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@arbiter/db/client";
import { MAX_CUSTOM_INPUT_BYTES, MAX_PENDING_CUSTOM_RUNS } from "@arbiter/shared";
import { isAppError } from "../errors";
import { jobPriority, openJudgeQueue, type JudgeQueue } from "../queue";
import { createRedis } from "../redis";
import { createCustomRun } from "./createCustomRun";
import { getCustomRunView } from "./getCustomRunView";

const db = createPrismaClient();
const connection = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0");
let queue: JudgeQueue;
let slug = "";
let problemId = "";
const users = {
  owner: { id: "", role: "student" as const },
  other: { id: "", role: "student" as const },
  admin: { id: "", role: "admin" as const },
};
let createdRuntime = false;

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

beforeAll(async () => {
  queue = openJudgeQueue(connection, `test-custom-runs-${randomUUID()}`);
  const problem = await db.problem.create({
    data: { slug: `custom-${randomUUID().slice(0, 8)}`, title: "Custom", timeLimitMs: 1000, memoryLimitMb: 64 },
  });
  slug = problem.slug;
  problemId = problem.id;
  for (const key of ["owner", "other", "admin"] as const) {
    users[key].id = (
      await db.user.create({ data: { email: `custom-${randomUUID()}@test.local`, name: key, role: users[key].role } })
    ).id;
  }
  if (!(await db.runtime.findUnique({ where: { language: "python3" } }))) {
    await db.runtime.create({ data: { language: "python3", version: "3", imageTag: "test", imageDigest: "test" } });
    createdRuntime = true;
  }
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  await db.problem.delete({ where: { id: problemId } });
  await db.user.deleteMany({ where: { id: { in: Object.values(users).map((u) => u.id) } } });
  if (createdRuntime) await db.runtime.delete({ where: { language: "python3" } });
  await db.$disconnect();
  connection.disconnect();
});

const body = (extra: Record<string, unknown> = {}) => ({
  problem: slug,
  language: "python3",
  source: "print(input())\n",
  input: "hello\n",
  ...extra,
});

describe("custom runs", () => {
  it("stores the run, then enqueues it in the custom-run tier", async () => {
    const created = await createCustomRun(db, queue, users.owner, body());
    expect(created.enqueued).toBe(true);
    const row = await db.customRun.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ userId: users.owner.id, problemId, language: "python3", status: "queued" });
    expect(Buffer.from(row.input).toString()).toBe("hello\n");
    const job = await queue.getJob(`custom-${created.id}`);
    expect(job?.data).toEqual({ kind: "custom", customRunId: created.id });
    expect(job?.opts.priority).toBe(jobPriority({ tier: "custom" }));
  });

  it("refuses bad requests with a message for the user", async () => {
    const tooBig = "1".repeat(MAX_CUSTOM_INPUT_BYTES + 1);
    expect(await refusal(createCustomRun(db, queue, users.owner, body({ input: tooBig })))).toEqual({
      code: "bad_request",
      message: "input: input is larger than 1 MiB",
    });
    expect((await refusal(createCustomRun(db, queue, users.owner, body({ problem: "no-such" })))).message).toMatch(
      /no problem/,
    );
    expect((await refusal(createCustomRun(db, queue, users.owner, body({ language: "cobol" })))).message).toMatch(
      /Unknown language/,
    );
    expect((await refusal(createCustomRun(db, queue, users.owner, body({ source: " " })))).code).toBe("bad_request");
    // The input may be left out (empty stdin) and may be exactly 1 MiB.
    const exact = await createCustomRun(db, queue, users.other, body({ input: "1".repeat(MAX_CUSTOM_INPUT_BYTES) }));
    const empty = await createCustomRun(db, queue, users.other, {
      problem: slug,
      language: "python3",
      source: "print(1)",
    });
    expect((await db.customRun.findUniqueOrThrow({ where: { id: exact.id } })).input.length).toBe(
      MAX_CUSTOM_INPUT_BYTES,
    );
    expect((await db.customRun.findUniqueOrThrow({ where: { id: empty.id } })).input.length).toBe(0);
  });

  it(`allows ${MAX_PENDING_CUSTOM_RUNS} unfinished runs per user`, async () => {
    const pending = await db.customRun.count({ where: { userId: users.owner.id, status: { not: "done" } } });
    for (let i = pending; i < MAX_PENDING_CUSTOM_RUNS; i++) await createCustomRun(db, queue, users.owner, body());
    expect((await refusal(createCustomRun(db, queue, users.owner, body()))).code).toBe("rate_limited");
  });

  it("shows a run to its owner and staff only, with output once done", async () => {
    const { id } = await createCustomRun(db, queue, users.admin, body());
    const queued = await getCustomRunView(db, users.admin, id);
    expect(queued).toMatchObject({
      id,
      problem: slug,
      language: "python3",
      status: "queued",
      verdict: null,
      output: null,
    });
    await db.customRun.update({
      where: { id },
      data: {
        status: "done",
        verdict: "AC",
        output: new Uint8Array(Buffer.from("hello\n")),
        stderr: new Uint8Array(),
        timeMs: 12,
        memoryKb: 3000,
      },
    });
    expect(await getCustomRunView(db, users.admin, id)).toMatchObject({
      status: "done",
      verdict: "AC",
      output: "hello\n",
      stderr: "",
      timeMs: 12,
    });
    const owned = (await db.customRun.findFirstOrThrow({ where: { userId: users.owner.id } })).id;
    expect((await getCustomRunView(db, users.admin, owned)).id).toBe(owned);
    expect((await refusal(getCustomRunView(db, users.other, owned))).code).toBe("not_found");
    expect((await refusal(getCustomRunView(db, users.other, "no-such-run"))).code).toBe("not_found");
  });

  it("keeps the run when Redis is unreachable, for the reconciler to enqueue", async () => {
    const deadConnection = createRedis("redis://127.0.0.1:1/0");
    deadConnection.on("error", () => undefined);
    const deadQueue = openJudgeQueue(deadConnection, "unreachable");
    deadQueue.on("error", () => undefined);
    const created = await createCustomRun(db, deadQueue, users.admin, body());
    expect(created.enqueued).toBe(false);
    expect(await db.customRun.findUnique({ where: { id: created.id } })).toMatchObject({ status: "queued" });
    deadConnection.disconnect();
  });

  it("runs a course's private problem for its students only when opened from an open assignment", async () => {
    const tag = randomUUID().slice(0, 8);
    const person = async (name: string) =>
      (await db.user.create({ data: { email: `custom-${name}-${tag}@test.local`, name, role: "student" } })).id;
    const enrolled = { id: await person("enrolled"), role: "student" as const };
    const outsider = { id: await person("outsider"), role: "student" as const };
    const own = await db.course.create({ data: { slug: `custom-own-${tag}`, title: "Own" } });
    const other = await db.course.create({ data: { slug: `custom-other-${tag}`, title: "Other" } });
    await db.courseMember.createMany({
      data: [
        { courseId: own.id, userId: enrolled.id, role: "student" },
        { courseId: other.id, userId: outsider.id, role: "student" },
      ],
    });
    const secret = await db.problem.create({
      data: {
        slug: `custom-secret-${tag}`,
        title: "Secret",
        timeLimitMs: 1000,
        memoryLimitMb: 64,
        isPublic: false,
        courseId: own.id,
      },
    });
    const hour = 3_600_000;
    const assignment = (slugName: string, opensAt: Date) =>
      db.assignment.create({
        data: {
          courseId: own.id,
          slug: slugName,
          title: slugName,
          opensAt,
          dueAt: new Date(opensAt.getTime() + 48 * hour),
          problems: { create: { problemId: secret.id, points: 10, position: 0 } },
        },
      });
    await assignment("open", new Date(Date.now() - hour));
    await assignment("later", new Date(Date.now() + hour));
    try {
      const run = (actor: typeof enrolled, assignmentRef?: string) =>
        createCustomRun(
          db,
          queue,
          actor,
          body({ problem: secret.slug, ...(assignmentRef ? { assignment: assignmentRef } : {}) }),
        );
      const created = await run(enrolled, `${own.slug}/open`);
      expect((await db.customRun.findUniqueOrThrow({ where: { id: created.id } })).problemId).toBe(secret.id);
      // Without the assignment, before it opens, or for a student of another course: as unknown as a missing problem.
      for (const [actor, ref] of [
        [enrolled, undefined],
        [enrolled, `${own.slug}/later`],
        [outsider, `${own.slug}/open`],
        [outsider, `${other.slug}/open`],
      ] as const) {
        const refused = await refusal(run(actor, ref));
        expect(refused.code).toBe("bad_request");
        expect(refused.message).toMatch(/no problem/);
      }
      // A malformed reference is a 400 naming the field, not a crash.
      expect((await refusal(run(enrolled, "not a ref"))).code).toBe("bad_request");
    } finally {
      await db.customRun.deleteMany({ where: { problemId: secret.id } });
      await db.course.deleteMany({ where: { id: { in: [own.id, other.id] } } });
      await db.problem.delete({ where: { id: secret.id } });
      await db.user.deleteMany({ where: { id: { in: [enrolled.id, outsider.id] } } });
    }
  });
});
