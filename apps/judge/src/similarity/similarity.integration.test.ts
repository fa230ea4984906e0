import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QueueEvents } from "bullmq";
import { AppError, type Actor } from "@arbiter/core";
import {
  getSimilarityCheck,
  getSimilarityPair,
  getSimilarityPanel,
  openSimilarityQueue,
  reviewSimilarityPair,
  startSimilarityCheck,
  type SimilarityQueue,
} from "@arbiter/core/similarity";
import { LANGUAGES } from "@arbiter/shared";
import { useTestServices } from "../testing/services";
import { createLogger } from "../logger";
import { createSimilarityWorker } from "./createSimilarityWorker";
import { compareWithDolos } from "./dolosEngine";
import { processEngine } from "./processEngine";
import {
  DISGUISED_COPY,
  INDEPENDENT,
  ORIGINAL,
  TEMPLATE_ONLY,
  TEMPLATE_ONLY_TOO,
} from "@arbiter/core/similarity/testing";

const { db, redis } = useTestServices();
const run = randomUUID().slice(0, 8);
const queueName = `test-similarity-${run}`;
let queue: SimilarityQueue;
let events: QueueEvents | undefined;
const people = ["teacher", "ta", "otherTa", "ann", "bob", "cat", "dan", "eve", "fay"] as const;
const users = {} as Record<(typeof people)[number], Actor & { email: string }>;
const ids = { course: "", other: "", assignment: "", problem: "", contest: "" };
const ref = `sim-${run}/hw`;

async function rejected(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function submit(who: keyof typeof users, source: string, minutesAfter = 0, language = "python3") {
  return db.submission.create({
    data: {
      userId: users[who].id,
      problemId: ids.problem,
      language,
      source,
      context: "assignment",
      assignmentId: ids.assignment,
      status: "done",
      verdict: "AC",
      score: 100,
      createdAt: new Date(Date.UTC(2026, 2, 1, 10, minutesAfter)),
    },
  });
}

/** Waits for the check to end, the worker running it from the queue. */
async function finished(id: string) {
  for (let i = 0; i < 600; i++) {
    const check = await db.similarityCheck.findUniqueOrThrow({ where: { id } });
    if (check.status === "done" || check.status === "failed") return check;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the check never finished");
}

beforeAll(async () => {
  for (const name of people) {
    users[name] = await db.user.create({
      data: {
        email: `${name}-${run}@similarity.test`,
        name: `${name} ${run}`,
        role: name === "teacher" ? "instructor" : "student",
      },
      select: { id: true, role: true, email: true },
    });
  }
  const course = await db.course.create({ data: { slug: `sim-${run}`, title: "Similarity" } });
  const other = await db.course.create({ data: { slug: `other-${run}`, title: "Other" } });
  ids.course = course.id;
  ids.other = other.id;
  await db.courseMember.createMany({
    data: [
      { courseId: course.id, userId: users.teacher.id, role: "instructor" },
      { courseId: course.id, userId: users.ta.id, role: "ta" },
      { courseId: other.id, userId: users.otherTa.id, role: "ta" },
      ...(["ann", "bob", "cat", "dan", "eve", "fay"] as const).map((s) => ({
        courseId: course.id,
        userId: users[s].id,
        role: "student" as const,
      })),
    ],
  });
  const problem = await db.problem.create({
    data: { slug: `paths-${run}`, title: "Shortest paths", timeLimitMs: 1000, memoryLimitMb: 64 },
  });
  ids.problem = problem.id;
  const assignment = await db.assignment.create({
    data: {
      courseId: course.id,
      slug: "hw",
      title: "Homework",
      opensAt: new Date("2026-02-01T00:00:00Z"),
      dueAt: new Date("2026-04-01T00:00:00Z"),
      problems: { create: { problemId: problem.id, points: 10, position: 0 } },
    },
  });
  ids.assignment = assignment.id;
  queue = openSimilarityQueue(redis(), queueName);
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  await events?.close();
  await db.submission.deleteMany({ where: { problemId: ids.problem } });
  await db.course.deleteMany({ where: { id: { in: [ids.course, ids.other] } } });
  await db.problem.deleteMany({ where: { id: ids.problem } });
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@similarity.test` } } });
});

describe("the engine on real programs", () => {
  it("scores a renamed, reordered copy above 0.8 and an independent solution below 0.5", async () => {
    const pairs = await compareWithDolos({
      parser: "python",
      files: [
        { id: "original", source: ORIGINAL },
        { id: "copy", source: DISGUISED_COPY },
        { id: "independent", source: INDEPENDENT },
      ],
      ignored: LANGUAGES.python3.starterTemplate,
      fragmentPairs: 10,
    });
    const score = (a: string, b: string) =>
      pairs.find((p) => [p.leftId, p.rightId].sort().join() === [a, b].sort().join())?.similarity ?? 0;
    expect(score("original", "copy")).toBeGreaterThan(0.8);
    expect(score("original", "independent")).toBeLessThan(0.5);
    expect(score("copy", "independent")).toBeLessThan(0.5);
  });

  it("runs in a child process with the same answer", async () => {
    const input = {
      parser: "python",
      files: [
        { id: "a", source: ORIGINAL },
        { id: "b", source: DISGUISED_COPY },
      ],
      ignored: "",
      fragmentPairs: 10,
    };
    const [inChild] = await processEngine.compare(input);
    const [direct] = await compareWithDolos(input);
    expect(inChild?.similarity).toBeCloseTo(direct?.similarity ?? -1, 6);
    expect(inChild?.fragments.length).toBeGreaterThan(0);
  });
});

describe("a check over an assignment's submissions", () => {
  it("refuses a check over a single submission, and anyone who is not staff", async () => {
    await submit("ann", ORIGINAL, 1);
    const one = await rejected(
      startSimilarityCheck(db, queue, users.teacher, { assignment: ref, problem: `paths-${run}` }),
    );
    expect(one).toMatchObject({ code: "bad_request", reason: "too_few_submissions" });
    expect(one.message).toContain("only one");
    for (const who of [users.ann, users.otherTa]) {
      const refused = await rejected(
        startSimilarityCheck(db, queue, who, { assignment: ref, problem: `paths-${run}` }),
      );
      expect(refused).toMatchObject({ code: "forbidden", reason: "not_staff" });
    }
    expect(await getSimilarityPanel(db, users.ann, { assignment: ref })).toBeNull();
    expect(await getSimilarityPanel(db, users.otherTa, { assignment: ref })).toBeNull();
  });

  it("ranks the copy first, leaves template-only submissions unpaired, finds a cluster and keeps reviews", async () => {
    // bob's counted submission is the disguised copy; his later one (not counted) is unrelated.
    const bobCopy = await submit("bob", DISGUISED_COPY, 2);
    await submit("bob", INDEPENDENT.replace("UNKNOWN", "MISSING"), 30);
    await db.gradeCell.create({
      data: { assignmentId: ids.assignment, userId: users.bob.id, problemId: ids.problem, submissionId: bobCopy.id },
    });
    await submit("cat", DISGUISED_COPY.replace(/best/g, "shortest_known"), 3);
    await submit("dan", INDEPENDENT, 4);
    await submit("eve", TEMPLATE_ONLY, 5);
    await submit("fay", TEMPLATE_ONLY_TOO, 6);

    const worker = createSimilarityWorker({
      db,
      connection: redis(),
      engine: processEngine,
      logger: createLogger({ worker: "similarity-test" }),
      workerId: `similarity-test-${run}`,
      queueName,
    });
    try {
      const { id } = await startSimilarityCheck(db, queue, users.ta, { assignment: ref, problem: `paths-${run}` });
      const twice = await rejected(
        startSimilarityCheck(db, queue, users.teacher, { assignment: ref, problem: `paths-${run}` }),
      );
      expect(twice).toMatchObject({ code: "conflict", reason: "similarity_running" });
      const check = await finished(id);
      expect(check.status).toBe("done");
      expect(check.submissionIds).toHaveLength(6);
      expect(check.submissionIds).toContain(bobCopy.id);

      const view = await getSimilarityCheck(db, users.teacher, id);
      expect(view.status).toBe("done");
      const emails = (p: (typeof view.pairs)[number]) => [p.left.email, p.right.email].sort().join(" ");
      const top = view.pairs.slice(0, 3).map(emails);
      expect(top).toEqual(
        expect.arrayContaining([
          [users.ann.email, users.bob.email].sort().join(" "),
          [users.ann.email, users.cat.email].sort().join(" "),
          [users.bob.email, users.cat.email].sort().join(" "),
        ]),
      );
      expect(view.pairs[0]?.similarity).toBeGreaterThan(0.8);
      for (const [a, b] of view.pairs.slice(0, -1).map((p, i) => [p, view.pairs[i + 1]] as const))
        expect(a.similarity).toBeGreaterThanOrEqual(b?.similarity ?? 0);
      // Template code alone never makes a pair.
      expect(view.pairs.some((p) => emails(p) === [users.eve.email, users.fay.email].sort().join(" "))).toBe(false);
      const first = view.pairs[0];
      expect(first?.fragments[0]?.left.startLine).toBeGreaterThan(0);
      expect(first?.longestFragment).toBeGreaterThan(5);
      expect(view.clusters).toHaveLength(1);
      expect(view.clusters[0]?.members.map((m) => m.email).sort()).toEqual(
        [users.ann.email, users.bob.email, users.cat.email].sort(),
      );

      const pair = await getSimilarityPair(db, users.ta, id, first?.id ?? "");
      expect(pair.left.source.length).toBeGreaterThan(100);
      await reviewSimilarityPair(db, users.ta, id, first?.id ?? "", { verdict: "suspicious", note: "same loop" });
      for (const who of [users.ann, users.otherTa]) {
        expect((await rejected(getSimilarityCheck(db, who, id))).code).toBe("forbidden");
        expect((await rejected(getSimilarityPair(db, who, id, first?.id ?? ""))).code).toBe("forbidden");
        const review = reviewSimilarityPair(db, who, id, first?.id ?? "", { verdict: "fine" });
        expect((await rejected(review)).code).toBe("forbidden");
      }

      // A re-run stores a new report and shows the earlier review again.
      const again = await startSimilarityCheck(db, queue, users.teacher, {
        assignment: ref,
        problem: `paths-${run}`,
        scope: "all",
      });
      expect((await finished(again.id)).submissionIds).toHaveLength(7);
      const rerun = await getSimilarityCheck(db, users.teacher, again.id);
      const same = rerun.pairs.find(
        (p) => p.left.submissionId === first?.left.submissionId && p.right.submissionId === first?.right.submissionId,
      );
      expect(same?.review).toEqual({ verdict: "suspicious", note: "same loop" });
      const panel = await getSimilarityPanel(db, users.ta, { assignment: ref });
      expect(panel?.[0]?.latest?.id).toBe(again.id);
    } finally {
      await worker.close();
    }
  });

  it("names languages it compares as text, and marks a check whose job was lost as failed when re-run", async () => {
    await submit("eve", 'fun main() { println(readLine()!!.split(" ").sumOf { it.toInt() }) }', 40, "kotlin");
    await submit("fay", 'fun main() { println(readLine()!!.split(" ").sumOf { it.toInt() }) }', 41, "kotlin");
    const started = await startSimilarityCheck(db, queue, users.teacher, { assignment: ref, problem: `paths-${run}` });
    expect(started.notice).toContain("kotlin");
    // No worker runs: drop the job as a Redis reset would, and start again.
    await queue.obliterate({ force: true });
    const rerun = await startSimilarityCheck(db, queue, users.teacher, { assignment: ref, problem: `paths-${run}` });
    const lost = await db.similarityCheck.findUniqueOrThrow({ where: { id: started.id } });
    expect(lost.status).toBe("failed");
    expect(lost.error).toContain("run it again");
    expect(rerun.id).not.toBe(started.id);
  });

  it("refuses 2,000 submissions with a clear answer and stores nothing", async () => {
    await db.submission.createMany({
      data: Array.from({ length: 2000 }, (_, i) => ({
        userId: users.dan.id,
        problemId: ids.problem,
        language: "python3",
        source: `print(${i})\n`,
        context: "assignment" as const,
        assignmentId: ids.assignment,
        status: "done" as const,
        createdAt: new Date(Date.UTC(2026, 2, 2, 0, 0, i)),
      })),
    });
    const before = await db.similarityCheck.count({ where: { assignmentId: ids.assignment } });
    const refused = await rejected(
      startSimilarityCheck(db, queue, users.teacher, { assignment: ref, problem: `paths-${run}`, scope: "all" }),
    );
    expect(refused).toMatchObject({ code: "bad_request", reason: "too_many_submissions" });
    expect(refused.message).toContain("at most 1000");
    expect(refused.message).toContain('scope "counted"');
    expect(await db.similarityCheck.count({ where: { assignmentId: ids.assignment } })).toBe(before);
  });

  it("checks a contest problem by its letter, for the jury only, on each participant's newest accepted submission", async () => {
    const contest = await db.contest.create({
      data: {
        slug: `sim-contest-${run}`,
        title: "Similarity contest",
        format: "icpc",
        startsAt: new Date("2026-03-01T09:00:00Z"),
        durationMinutes: 300,
        problems: { create: { problemId: ids.problem, label: "A", position: 0 } },
        jury: { create: { userId: users.teacher.id } },
      },
    });
    const submissionIds: Record<string, string> = {};
    for (const [who, source, verdict, minute] of [
      ["ann", ORIGINAL, "AC", 1],
      ["ann", INDEPENDENT, "WA", 2],
      ["bob", DISGUISED_COPY, "AC", 3],
    ] as const) {
      const participant = await db.contestParticipant.upsert({
        where: { id: `${contest.id}-${who}` },
        create: {
          id: `${contest.id}-${who}`,
          contestId: contest.id,
          name: who,
          members: { create: { userId: users[who].id, contestId: contest.id } },
        },
        update: {},
      });
      const row = await db.submission.create({
        data: {
          userId: users[who].id,
          problemId: ids.problem,
          language: "python3",
          source,
          context: "contest",
          contestId: contest.id,
          participantId: participant.id,
          status: "done",
          verdict,
          createdAt: new Date(Date.UTC(2026, 2, 1, 9, minute)),
        },
      });
      submissionIds[`${who}-${verdict}`] = row.id;
    }
    try {
      const refused = await rejected(
        startSimilarityCheck(db, queue, users.ann, { contest: contest.slug, problem: "A" }),
      );
      expect(refused.code).toBe("forbidden");
      const { id } = await startSimilarityCheck(db, queue, users.teacher, { contest: contest.slug, problem: "A" });
      const check = await db.similarityCheck.findUniqueOrThrow({ where: { id } });
      expect(check.submissionIds.sort()).toEqual([submissionIds["ann-AC"], submissionIds["bob-AC"]].sort());
      expect(await getSimilarityPanel(db, users.teacher, { contest: contest.slug })).toHaveLength(1);
      expect(await getSimilarityPanel(db, users.bob, { contest: contest.slug })).toBeNull();
    } finally {
      await db.submission.deleteMany({ where: { contestId: contest.id } });
      await db.contest.delete({ where: { id: contest.id } });
    }
  });
});
