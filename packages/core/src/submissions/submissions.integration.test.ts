import { randomBytes } from "node:crypto";
import { storeTestCaseFile } from "../testFiles/storeTestFiles";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "../errors";
import { getSubmissionDetails, SAMPLE_TEXT_SHOWN_BYTES } from "./getSubmissionDetails";
import { getSubmissionSource } from "./getSubmissionSource";
import { getSubmissionView } from "./getSubmissionView";
import { listSubmissionPage } from "./listSubmissionPage";
import { listSubmissionsForUser } from "./listSubmissionsForUser";
import { listSubmittedProblems } from "./listSubmittedProblems";

// The submission reads against real PostgreSQL: what the page and the API show, what
// they must never show (hidden tests, other students' work), filters and paging.

const run = randomBytes(4).toString("hex");
const HIDDEN_INPUT = `hidden-input-${run}`;
const HIDDEN_ANSWER = `hidden-answer-${run}`;
const encode = (text: string) => new TextEncoder().encode(text);
let db: PrismaClient;
const ids = { owner: "", other: "", staff: "", problem: "", judged: "", compileError: "" };

beforeAll(async () => {
  db = createPrismaClient();
  const user = (label: string, role: "student" | "instructor") =>
    db.user.create({ data: { email: `itest-sub-${label}-${run}@example.test`, name: label, role } });
  ids.owner = (await user("owner", "student")).id;
  ids.other = (await user("other", "student")).id;
  ids.staff = (await user("staff", "instructor")).id;

  const problem = await db.problem.create({
    data: {
      slug: `itest-sub-${run}`,
      title: "Integration",
      timeLimitMs: 1000,
      memoryLimitMb: 64,
      scoring: "ioi",
      testGroups: {
        create: [
          { name: "sample", index: 1, points: 0 },
          { name: "secret/group1", index: 2, points: 30 },
          { name: "secret/group2", index: 3, points: 70 },
        ],
      },
    },
    include: { testGroups: true },
  });
  ids.problem = problem.id;
  const group = (name: string) => problem.testGroups.find((g) => g.name === name)!.id;
  const big = "9".repeat(SAMPLE_TEXT_SHOWN_BYTES + 100);
  const tests = await Promise.all([
    db.testCase.create({
      data: {
        problemId: problem.id,
        groupId: group("sample"),
        index: 1,
        name: "sample/1",
        isSample: true,
        ...(await storeTestCaseFile(db, "1 2\n", "3\n")),
      },
    }),
    db.testCase.create({
      data: {
        problemId: problem.id,
        groupId: group("sample"),
        index: 2,
        name: "sample/2",
        isSample: true,
        ...(await storeTestCaseFile(db, big, "9\n")),
      },
    }),
    db.testCase.create({
      data: {
        problemId: problem.id,
        groupId: group("secret/group1"),
        index: 3,
        name: "secret/1",
        isSample: false,
        ...(await storeTestCaseFile(db, HIDDEN_INPUT, HIDDEN_ANSWER)),
      },
    }),
  ]);

  const judged = await db.submission.create({
    data: {
      userId: ids.owner,
      problemId: problem.id,
      language: "python3",
      source: "print(3)\n",
      status: "done",
      verdict: "WA",
      score: 30,
      createdAt: new Date(Date.now() - 60_000),
    },
  });
  ids.judged = judged.id;
  // An older, abandoned judging first: only the newest one counts.
  await db.judging.create({
    data: { submissionId: judged.id, workerId: "itest", startedAt: new Date(Date.now() - 50_000), verdict: "IE" },
  });
  await db.judging.create({
    data: {
      submissionId: judged.id,
      workerId: "itest",
      verdict: "WA",
      score: 30,
      results: {
        create: tests.map((t) => ({
          testCaseId: t.id,
          index: t.index,
          verdict: t.index === 1 ? ("AC" as const) : ("WA" as const),
          timeMs: t.index,
          wallMs: t.index,
          memoryKb: 1000 + t.index,
          // The judge keeps output for samples only; a hidden row with output must still not leak it.
          output: encode(t.index === 3 ? `echo ${HIDDEN_INPUT}` : t.index === 1 ? "3\n" : "8\n"),
        })),
      },
    },
  });
  ids.compileError = (
    await db.submission.create({
      data: {
        userId: ids.owner,
        problemId: problem.id,
        language: "cpp",
        source: "int main( {",
        status: "done",
        verdict: "CE",
        score: 0,
        judgings: { create: { workerId: "itest", verdict: "CE", compileOutput: "main.cpp:1:10: error: expected" } },
      },
    })
  ).id;
  await db.submission.create({
    data: { userId: ids.owner, problemId: problem.id, language: "python3", source: "print(0)\n" },
  });
  await db.submission.create({
    data: { userId: ids.other, problemId: problem.id, language: "python3", source: "print('other')\n" },
  });
});

afterAll(async () => {
  await db.submission.deleteMany({ where: { problemId: ids.problem } });
  await db.problem.deleteMany({ where: { id: ids.problem } });
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@example.test` } } });
  await db.$disconnect();
});

const owner = () => ({ id: ids.owner, role: "student" as const });

describe("getSubmissionDetails", () => {
  it("shows a student samples in full and, by default, only a summary of the hidden tests", async () => {
    const details = await getSubmissionDetails(db, owner(), ids.judged);
    expect(details).toMatchObject({
      status: "done",
      verdict: "WA",
      score: 30,
      problemTitle: "Integration",
      scoring: "ioi",
      scoreScale: { unit: "points", max: 100 },
      totalTests: 3,
      source: "print(3)\n",
    });
    // A problem made without saying otherwise is verdict_only: nothing of a hidden test.
    expect(details.tests).toEqual([
      { index: 1, verdict: "AC", timeMs: 1, memoryKb: 1001, sample: true },
      { index: 2, verdict: "WA", timeMs: 2, memoryKb: 1002, sample: true },
    ]);
    expect(details.hidden).toEqual({
      disclosure: "verdict_only",
      judged: 1,
      maxTimeMs: null,
      maxMemoryKb: null,
      firstFailure: null,
    });
    expect(details.samples.map((s) => s.index)).toEqual([1, 2]);
    expect(details.samples[0]).toEqual({ index: 1, input: "1 2\n", expected: "3\n", actual: "3\n", truncated: false });
    expect(details.samples[1]?.truncated).toBe(true);
    expect(details.samples[1]?.input).toHaveLength(SAMPLE_TEXT_SHOWN_BYTES);
    const text = JSON.stringify(details);
    expect(text).not.toContain(HIDDEN_INPUT);
    expect(text).not.toContain(HIDDEN_ANSWER);
  });

  it("applies the problem's disclosure policy to hidden tests, and shows staff everything", async () => {
    const problem = await db.problem.findUniqueOrThrow({ where: { slug: `itest-sub-${run}` } });
    try {
      await db.problem.update({ where: { id: problem.id }, data: { hiddenTestDisclosure: "per_test" } });
      const perTest = await getSubmissionView(db, owner(), ids.judged);
      expect(perTest.tests.at(-1)).toEqual({ index: 3, verdict: "WA", timeMs: null, memoryKb: null, sample: false });
      expect(perTest.hidden).toMatchObject({ disclosure: "per_test", judged: 1, maxTimeMs: 3, maxMemoryKb: 1003 });

      await db.problem.update({ where: { id: problem.id }, data: { hiddenTestDisclosure: "first_failure" } });
      const firstFailure = await getSubmissionView(db, owner(), ids.judged);
      expect(firstFailure.tests.map((t) => t.index)).toEqual([1, 2]);
      expect(firstFailure.hidden?.firstFailure).toEqual({ index: 3, verdict: "WA" });

      // Practice belongs to no course: the staff who see everything of it are admins.
      const staff = await getSubmissionView(db, { id: ids.staff, role: "admin" }, ids.judged);
      expect(staff.tests.at(-1)).toEqual({ index: 3, verdict: "WA", timeMs: 3, memoryKb: 1003, sample: false });
      expect(staff.hidden).toBeNull();
    } finally {
      await db.problem.update({ where: { id: problem.id }, data: { hiddenTestDisclosure: "verdict_only" } });
    }
  });

  it("carries the compiler output of the newest judging", async () => {
    const details = await getSubmissionDetails(db, owner(), ids.compileError);
    expect(details).toMatchObject({
      verdict: "CE",
      compileOutput: "main.cpp:1:10: error: expected",
      tests: [],
      samples: [],
    });
  });

  it("is not_found for another student, an instructor of no course of it, and a missing id; open to admins", async () => {
    for (const [viewer, id] of [
      [{ id: ids.other, role: "student" as const }, ids.judged],
      // A practice submission belongs to no course: a global instructor is not its staff.
      [{ id: ids.staff, role: "instructor" as const }, ids.judged],
      [owner(), `missing-${run}`],
    ] as const) {
      const error: unknown = await getSubmissionDetails(db, viewer, id).catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe("not_found");
      const viewError: unknown = await getSubmissionView(db, viewer, id).catch((e: unknown) => e);
      expect(isAppError(viewError) && viewError.code).toBe("not_found");
      const sourceError: unknown = await getSubmissionSource(db, viewer, id).catch((e: unknown) => e);
      expect(isAppError(sourceError) && sourceError.code).toBe("not_found");
    }
    expect(await getSubmissionSource(db, owner(), ids.judged)).toEqual({
      problem: `itest-sub-${run}`,
      language: "python3",
      source: "print(3)\n",
    });
    expect((await getSubmissionDetails(db, { id: ids.staff, role: "admin" }, ids.judged)).source).toBe("print(3)\n");
  });
});

describe("getSubmissionView", () => {
  it("hides the verdict until judging is done", async () => {
    const [queued] = await listSubmissionsForUser(db, { id: ids.owner }, { verdict: "pending" });
    const view = await getSubmissionView(db, owner(), queued!.id);
    expect(view).toMatchObject({ status: "queued", verdict: null, score: null, tests: [] });
  });
});

describe("listSubmissionsForUser and listSubmissionPage", () => {
  it("lists only the user's own, newest first, filtered", async () => {
    const all = await listSubmissionsForUser(db, { id: ids.owner }, { problem: `itest-sub-${run}` });
    expect(all.map((s) => s.status)).toEqual(["queued", "done", "done"]);
    expect(all.every((s) => s.problemTitle === "Integration" && s.scoreScale.unit === "points")).toBe(true);
    expect((await listSubmissionsForUser(db, { id: ids.owner }, { verdict: "CE" })).map((s) => s.id)).toEqual([
      ids.compileError,
    ]);
    expect((await listSubmissionsForUser(db, { id: ids.owner }, { language: "cpp" })).map((s) => s.id)).toEqual([
      ids.compileError,
    ]);
    expect(await listSubmissionsForUser(db, { id: ids.owner }, { verdict: "TLE" })).toEqual([]);
  });

  it("pages with a cursor and says when there is no more", async () => {
    const first = await listSubmissionPage(db, { id: ids.owner }, { take: 2 });
    expect(first.submissions).toHaveLength(2);
    expect(first.nextCursor).toBe(first.submissions[1]?.id);
    const second = await listSubmissionPage(db, { id: ids.owner }, { take: 2, cursor: first.nextCursor! });
    expect(second.submissions.map((s) => s.id)).toEqual([ids.judged]);
    expect(second.nextCursor).toBeNull();
    // Someone else's id as a cursor positions the page but never yields their rows.
    const [theirs] = await listSubmissionsForUser(db, { id: ids.other });
    const foreign = await listSubmissionPage(db, { id: ids.owner }, { take: 10, cursor: theirs!.id });
    expect(foreign.submissions.every((s) => s.id !== theirs!.id)).toBe(true);
  });

  it("offers the problems the user submitted to as filter choices", async () => {
    expect(await listSubmittedProblems(db, { id: ids.owner })).toContainEqual({
      slug: `itest-sub-${run}`,
      title: "Integration",
    });
    expect(await listSubmittedProblems(db, { id: ids.staff })).toEqual([]);
  });
});
