import { randomUUID } from "node:crypto";
import { storeTestCaseFile } from "../../testFiles/storeTestFiles";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@arbiter/db/client";
import { createSubmissionLifecycle } from "../../lifecycle/submissionLifecycle";
import type { Actor } from "../../permissions/can";
import { openJudgeQueue, type JudgeQueue } from "../../queue";
import { createRedis } from "../../redis";
import { createSubmission } from "../../submissions/createSubmission";
import { getSubmissionDetails } from "../../submissions/getSubmissionDetails";
import { addCourseMember, createAssignment, createCourse, gradebookVersion, overrideGrade } from "../index";
import { getSubmissionReview } from "./getSubmissionReview";
import { listAssignmentSubmissions } from "./listAssignmentSubmissions";

const db = createPrismaClient();
const connection = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0");
const run = randomUUID().slice(0, 8);
const course = `rv-${run}`;
const otherCourse = `rvo-${run}`;
const T0 = new Date("2026-04-01T09:00:00Z");
let queue: JudgeQueue;
let problemSlug = "";
let submissionId = "";
const users: Record<"teacher" | "ta" | "alice" | "bob" | "otherTa" | "admin", Actor> = {} as never;
const email = (label: string) => `${label}-${run}@review.test`;

async function refusal(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "resolved",
    (e: { code?: string }) => e.code ?? "no code",
  );
}

beforeAll(async () => {
  queue = openJudgeQueue(connection, `test-review-${run}`);
  await db.runtime.upsert({
    where: { language: "python3" },
    create: { language: "python3", version: "test", imageTag: "test", imageDigest: "test" },
    update: {},
  });
  const account = (label: string, role: Actor["role"]) =>
    db.user.create({ data: { email: email(label), name: `${label} ${run}`, role }, select: { id: true, role: true } });
  users.teacher = await account("teacher", "instructor");
  users.ta = await account("ta", "student");
  users.alice = await account("alice", "student");
  users.bob = await account("bob", "student");
  users.otherTa = await account("other-ta", "student");
  users.admin = await account("admin", "admin");
  const [sampleFiles, secretFiles] = [
    await storeTestCaseFile(db, "1 2\n", "3\n"),
    await storeTestCaseFile(db, "40 2\n", "42\n"),
  ];
  const problem = await db.problem.create({
    data: {
      slug: `rvp-${run}`,
      title: "Sum",
      timeLimitMs: 1000,
      memoryLimitMb: 64,
      testCases: {
        create: [
          { index: 1, name: "sample/1", isSample: true, ...sampleFiles },
          { index: 2, name: "secret/1", isSample: false, ...secretFiles },
        ],
      },
    },
    include: { testCases: { orderBy: { index: "asc" } } },
  });
  problemSlug = problem.slug;
  await createCourse(db, users.teacher, { slug: course, title: "Review" });
  await createCourse(db, users.teacher, { slug: otherCourse, title: "Other" });
  for (const [who, role] of [
    ["ta", "ta"],
    ["alice", "student"],
    ["bob", "student"],
  ] as const) {
    await addCourseMember(db, users.teacher, course, { email: email(who), role });
  }
  await addCourseMember(db, users.teacher, otherCourse, { email: email("other-ta"), role: "ta" });
  await createAssignment(db, users.teacher, course, {
    slug: "hw",
    title: "HW",
    opensAt: T0.toISOString(),
    dueAt: new Date(T0.getTime() + 86_400_000).toISOString(),
    problems: [{ problem: problemSlug, points: 10 }],
  });
  const created = await createSubmission(
    db,
    queue,
    users.alice,
    { problem: problemSlug, language: "python3", source: "print(3)\n", assignment: `${course}/hw` },
    { now: new Date(T0.getTime() + 3_600_000) },
  );
  submissionId = created.id;
  // Judged by hand through the lifecycle, as the worker would: the sample passes, the hidden test fails.
  const report = await createSubmissionLifecycle({ db }).startJudging(submissionId, {
    workerId: "review-test",
    reason: "submit",
  });
  const base = { timeMs: 5, wallMs: 6, memoryKb: 1000, exitCode: 0, signal: null, fraction: null, score: null };
  const [sample, secret] = problem.testCases;
  await report.testRecorded({
    ...base,
    testCaseId: sample!.id,
    index: 1,
    verdict: "AC",
    sample: true,
    output: new Uint8Array(Buffer.from("3\n")),
  });
  await report.testRecorded({
    ...base,
    testCaseId: secret!.id,
    index: 2,
    verdict: "WA",
    sample: false,
    output: new Uint8Array(Buffer.from("3\n")),
  });
  await report.finish({ verdict: "WA", score: 50 });
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  const ids = (await db.course.findMany({ where: { slug: { in: [course, otherCourse] } } })).map((c) => c.id);
  await db.submission.deleteMany({ where: { assignment: { courseId: { in: ids } } } });
  await db.course.deleteMany({ where: { id: { in: ids } } });
  await db.problem.deleteMany({ where: { slug: problemSlug } });
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@review.test` } } });
  await db.$disconnect();
  connection.disconnect();
});

describe("reviewing a course submission", () => {
  it("shows the staff every test with input, expected and actual output, hidden tests included", async () => {
    for (const staff of [users.ta, users.teacher, users.admin]) {
      const { tests } = await getSubmissionReview(db, staff, submissionId);
      expect(tests).toEqual([
        expect.objectContaining({
          index: 1,
          name: "sample/1",
          sample: true,
          verdict: "AC",
          input: "1 2\n",
          actual: "3\n",
        }),
        expect.objectContaining({
          index: 2,
          name: "secret/1",
          sample: false,
          verdict: "WA",
          input: "40 2\n",
          expected: "42\n",
          actual: "3\n",
          truncated: false,
        }),
      ]);
    }
  });

  it("keeps hidden test data from the owner, classmates and other courses' staff", async () => {
    expect(await refusal(getSubmissionReview(db, users.alice, submissionId))).toBe("forbidden");
    for (const who of [users.bob, users.otherTa]) {
      expect(await refusal(getSubmissionReview(db, who, submissionId))).toBe("not_found");
    }
    // The owner's own page carries sample data only.
    const own = await getSubmissionDetails(db, users.alice, submissionId);
    expect(own.samples.map((s) => s.index)).toEqual([1]);
    expect(JSON.stringify(own)).not.toContain("40 2");
  });

  it("gives the grade with its override audit log: who, when, old → new, why", async () => {
    const before = await getSubmissionReview(db, users.ta, submissionId);
    expect(before.grade).toMatchObject({
      course,
      assignment: "hw",
      problem: problemSlug,
      student: { email: email("alice") },
      points: 10,
      computedScore: 5,
      overrideScore: null,
      countedSubmissionId: submissionId,
      audit: [],
    });
    const ref = { course, assignment: "hw", email: email("alice"), problem: problemSlug };
    const versionBefore = await gradebookVersion(db, users.ta, { course, assignment: "hw" });
    await overrideGrade(db, users.ta, ref, { score: 8, reason: "Off-by-one only" });
    // Open gradebooks notice the change through the version they poll.
    expect(await gradebookVersion(db, users.ta, { course, assignment: "hw" })).not.toBe(versionBefore);
    expect(await refusal(gradebookVersion(db, users.alice, { course, assignment: "hw" }))).toBe("forbidden");
    expect(await refusal(gradebookVersion(db, users.otherTa, { course, assignment: "hw" }))).toBe("not_found");
    await overrideGrade(db, users.teacher, ref, { score: 9, reason: "Second look" });
    const after = await getSubmissionReview(db, users.admin, submissionId);
    expect(after.grade).toMatchObject({ computedScore: 5, overrideScore: 9, overrideReason: "Second look" });
    expect(after.grade?.audit.map((a) => [a.actor, a.oldScore, a.newScore, a.reason])).toEqual([
      [`teacher ${run}`, 8, 9, "Second look"],
      [`ta ${run}`, 5, 8, "Off-by-one only"],
    ]);
    expect(after.grade?.audit[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("lists an assignment's submissions for its staff only", async () => {
    const rows = await listAssignmentSubmissions(db, users.ta, { course, assignment: "hw" });
    expect(rows).toEqual([
      expect.objectContaining({ id: submissionId, problem: problemSlug, verdict: "WA", score: 50 }),
    ]);
    expect(rows[0]?.student.email).toBe(email("alice"));
    expect(
      await listAssignmentSubmissions(db, users.ta, { course, assignment: "hw" }, { student: email("bob") }),
    ).toEqual([]);
    expect(await refusal(listAssignmentSubmissions(db, users.alice, { course, assignment: "hw" }))).toBe("forbidden");
    expect(await refusal(listAssignmentSubmissions(db, users.otherTa, { course, assignment: "hw" }))).toBe("not_found");
  });
});
