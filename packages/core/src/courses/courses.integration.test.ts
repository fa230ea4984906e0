import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import { createSubmissionLifecycle } from "../lifecycle/submissionLifecycle";
import type { Actor } from "../permissions/can";
import { openJudgeQueue, type JudgeQueue } from "../queue";
import { createRedis } from "../redis";
import { createSubmission } from "../submissions/createSubmission";
import { getSubmissionView } from "../submissions/getSubmissionView";
import {
  addCourseMember,
  addSubmissionComment,
  listSubmissionComments,
  overrideGrade,
  createAssignment,
  createCourse,
  dropCourseMember,
  getAssignmentGrades,
  joinCourse,
  setExtension,
  toGradesResponse,
} from "./index";

// Every time below is fixed: the clock is the `now` each submission is made at.
const T0 = new Date("2026-03-01T09:00:00Z");
const at = (hours: number): Date => new Date(T0.getTime() + hours * 3_600_000);

const db = createPrismaClient();
const connection = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0");
const run = randomUUID().slice(0, 8);
const course = `c-${run}`;
const otherCourse = `o-${run}`;
let queue: JudgeQueue;
const users: Record<"teacher" | "ta" | "otherTa" | "alice" | "bob" | "admin" | "outsider", Actor> = {} as never;
let problems: { a: string; b: string } = { a: "", b: "" };
const lifecycle = createSubmissionLifecycle({ db });

async function account(label: string, role: Actor["role"]): Promise<Actor> {
  return db.user.create({
    data: { email: `${label}-${run}@courses.test`, name: `${label} ${run}`, role },
    select: { id: true, role: true },
  });
}

/** Judges a stored submission by hand through the lifecycle, as the worker would. */
async function judge(id: string, verdict: "AC" | "WA", score: number): Promise<void> {
  const report = await lifecycle.startJudging(id, { workerId: "courses-test", reason: "submit" });
  await report.finish({ verdict, score });
}

async function submit(who: Actor, problem: string, when: Date, assignment = `${course}/hw1`) {
  return createSubmission(
    db,
    queue,
    who,
    { problem, language: "python3", source: "print(1)", assignment },
    { now: when },
  );
}

async function rejected(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  queue = openJudgeQueue(connection, `test-courses-${run}`);
  await db.runtime.upsert({
    where: { language: "python3" },
    create: { language: "python3", version: "test", imageTag: "test", imageDigest: "test" },
    update: {},
  });
  users.teacher = await account("teacher", "instructor");
  users.ta = await account("ta", "student");
  users.otherTa = await account("other-ta", "student");
  users.alice = await account("alice", "student");
  users.bob = await account("bob", "student");
  users.admin = await account("admin", "admin");
  users.outsider = await account("outsider", "instructor");
  const make = (slug: string) =>
    db.problem.create({ data: { slug, title: slug, timeLimitMs: 1000, memoryLimitMb: 64 }, select: { slug: true } });
  problems = { a: (await make(`pa-${run}`)).slug, b: (await make(`pb-${run}`)).slug };
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  const courses = await db.course.findMany({ where: { slug: { in: [course, otherCourse] } }, select: { id: true } });
  const ids = courses.map((c) => c.id);
  await db.submission.deleteMany({ where: { assignment: { courseId: { in: ids } } } });
  await db.course.deleteMany({ where: { id: { in: ids } } });
  await db.problem.deleteMany({ where: { slug: { in: [problems.a, problems.b] } } });
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@courses.test` } } });
  await db.$disconnect();
  connection.disconnect();
});

describe("a course from roster to grades", () => {
  it("lets instructors create courses and refuses students", async () => {
    const created = await createCourse(db, users.teacher, { slug: course, title: "Algorithms", sections: ["Lab A"] });
    expect(created.slug).toBe(course);
    expect(created.joinCode).toMatch(/^[0-9A-Z]{8}$/);
    expect((await rejected(createCourse(db, users.alice, { slug: `x-${run}`, title: "No" }))).code).toBe("forbidden");
    await createCourse(db, users.teacher, { slug: otherCourse, title: "Other" });
    await addCourseMember(db, users.teacher, otherCourse, { email: `other-ta-${run}@courses.test`, role: "ta" });
  });

  it("adds members, creating missing accounts, and joins by code", async () => {
    await addCourseMember(db, users.teacher, course, { email: `ta-${run}@courses.test`, role: "ta" });
    await addCourseMember(db, users.teacher, course, {
      email: `Alice-${run}@COURSES.test`,
      role: "student",
      section: "Lab A",
    });
    const fresh = await addCourseMember(db, users.teacher, course, {
      email: `new-${run}@courses.test`,
      role: "student",
    });
    expect(fresh.accountCreated).toBe(true);
    const bad = await rejected(
      addCourseMember(db, users.teacher, course, {
        email: `bob-${run}@courses.test`,
        role: "student",
        section: "Lab Z",
      }),
    );
    expect(bad).toMatchObject({ code: "bad_request", field: "section" });
    expect(bad.message).toContain('"Lab A"');
    const { joinCode } = await db.course.findUniqueOrThrow({ where: { slug: course } });
    expect(await joinCourse(db, users.bob, { code: joinCode!.toLowerCase() })).toEqual({ slug: course });
    expect((await rejected(joinCourse(db, users.bob, { code: "ZZZZ-ZZZZ" }))).reason).toBe("join_code_invalid");
    // The TA manages nothing: adding members is the instructor's.
    const taAdds = addCourseMember(db, users.ta, course, { email: `x-${run}@courses.test`, role: "student" });
    expect((await rejected(taAdds)).code).toBe("forbidden");
  });

  it("validates assignments and names the field at fault", async () => {
    const base = {
      slug: "hw1",
      title: "Homework 1",
      opensAt: T0.toISOString(),
      dueAt: at(48).toISOString(),
      problems: [
        { problem: problems.a, points: 10 },
        { problem: problems.b, points: 20 },
      ],
    };
    const backwards = await rejected(
      createAssignment(db, users.teacher, course, { ...base, dueAt: at(-1).toISOString() }),
    );
    expect(backwards).toMatchObject({ code: "bad_request", field: "dueAt" });
    const lateBack = await rejected(
      createAssignment(db, users.teacher, course, {
        ...base,
        late: [
          { until: at(72).toISOString(), percent: 80 },
          { until: at(60).toISOString(), percent: 50 },
        ],
      }),
    );
    expect(lateBack.field).toBe("late[1].until");
    const twice = await rejected(
      createAssignment(db, users.teacher, course, { ...base, problems: [base.problems[0], base.problems[0]] }),
    );
    expect(twice).toMatchObject({ field: "problems[1].problem" });
    expect(await db.assignment.count({ where: { course: { slug: course } } })).toBe(0);

    await createAssignment(db, users.teacher, course, {
      ...base,
      // 100 % until due, 80 % for 24 h, 50 % until a week after, then practice.
      late: [
        { until: at(72).toISOString(), percent: 80 },
        { until: at(48 + 168).toISOString(), percent: 50 },
      ],
      afterLate: "practice",
    });
  });

  it("credits by the submission's own time: on time, late, practice, refused before opening", async () => {
    const early = await rejected(submit(users.alice, problems.a, at(-1)));
    expect(early).toMatchObject({ code: "conflict", reason: "assignment_not_open" });

    const onTime = await submit(users.alice, problems.a, at(10));
    const late = await submit(users.alice, problems.b, at(60));
    expect(late.notice).toContain("80 %");
    const practice = await submit(users.bob, problems.a, at(48 + 200));
    expect(practice.notice).toContain("practice");
    // A deadline passing while it waits in the queue changes nothing: judged "now", credited then.
    await judge(onTime.id, "AC", 100);
    await judge(late.id, "AC", 100);
    await judge(practice.id, "AC", 100);

    const grades = await getAssignmentGrades(db, users.teacher, course, "hw1");
    const rows = toGradesResponse(grades.rows);
    const alice = rows.find((r) => r.email === `alice-${run}@courses.test`);
    expect(alice?.section).toBe("Lab A");
    expect(alice?.problems).toEqual([
      { problem: problems.a, score: 10, points: 10, late: false, submissionId: onTime.id },
      { problem: problems.b, score: 16, points: 20, late: true, submissionId: late.id },
    ]);
    expect(alice?.total).toBe(26);
    const bob = rows.find((r) => r.email === `bob-${run}@courses.test`);
    expect(bob?.total).toBe(0);
    expect(bob?.problems[0]?.submissionId).toBeNull();
  });

  it("moves the late windows with an extension and regrades at once", async () => {
    const notStudent = await rejected(
      setExtension(
        db,
        users.teacher,
        { course, assignment: "hw1", email: `outsider-${run}@courses.test` },
        { dueAt: at(96).toISOString() },
      ),
    );
    expect(notStudent).toMatchObject({ code: "bad_request", reason: "not_enrolled" });
    // Bob's due date moves 10 days on: his "practice" submission at +200 h is now on time.
    await setExtension(
      db,
      users.ta,
      { course, assignment: "hw1", email: `bob-${run}@courses.test` },
      { dueAt: at(48 + 240).toISOString() },
    );
    const [bob] = toGradesResponse(
      (await getAssignmentGrades(db, users.bob, course, "hw1", { onlyUserId: users.bob.id })).rows,
    );
    expect(bob?.problems[0]).toMatchObject({ score: 10, late: false });
  });

  it("counts the best submission, not a worse later one", async () => {
    const worse = await submit(users.alice, problems.a, at(20));
    await judge(worse.id, "WA", 40);
    const [alice] = (await getAssignmentGrades(db, users.alice, course, "hw1", { onlyUserId: users.alice.id })).rows;
    expect(alice?.problems[0]).toMatchObject({ score: 10, attempts: 2 });
  });

  it("lets staff comment and override a score with a reason, kept in the audit log", async () => {
    const counted = await db.gradeCell.findFirstOrThrow({
      where: { userId: users.alice.id, problem: { slug: problems.b } },
      select: { submissionId: true },
    });
    const id = counted.submissionId ?? "";
    await addSubmissionComment(db, users.ta, id, { line: 1, body: "Nice loop." });
    expect((await rejected(addSubmissionComment(db, users.alice, id, { body: "self-praise" }))).code).toBe("forbidden");
    expect((await listSubmissionComments(db, users.alice, id)).map((c) => [c.line, c.body])).toEqual([
      [1, "Nice loop."],
    ]);
    await expect(listSubmissionComments(db, users.bob, id)).rejects.toMatchObject({ code: "not_found" });

    const ref = { course, assignment: "hw1", email: `alice-${run}@courses.test`, problem: problems.b };
    const tooMuch = await rejected(overrideGrade(db, users.ta, ref, { score: 21, reason: "bonus" }));
    expect(tooMuch.code).toBe("bad_request");
    expect((await rejected(overrideGrade(db, users.alice, ref, { score: 20, reason: "me" }))).code).toBe("forbidden");
    await overrideGrade(db, users.ta, ref, { score: 20, reason: "Late penalty waived: illness" });
    const [row] = toGradesResponse(
      (await getAssignmentGrades(db, users.teacher, course, "hw1", { onlyUserId: users.alice.id })).rows,
    );
    expect(row?.problems[1]).toMatchObject({ score: 20, late: false });
    const audit = await db.gradeAudit.findMany({ where: { userId: users.alice.id } });
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: users.ta.id,
        oldScore: 16,
        newScore: 20,
        reason: "Late penalty waived: illness",
      }),
    ]);
    // A later judging does not undo the override.
    const again = await submit(users.alice, problems.b, at(30));
    await judge(again.id, "WA", 0);
    const [after] = (await getAssignmentGrades(db, users.alice, course, "hw1", { onlyUserId: users.alice.id })).rows;
    expect(after?.problems[1]?.score).toBe(20);
  });

  it("keeps grades and code away from everyone who is not the course's staff", async () => {
    const alice = await db.submission.findFirstOrThrow({ where: { userId: users.alice.id }, select: { id: true } });
    for (const who of [users.bob, users.otherTa, users.outsider]) {
      await expect(getSubmissionView(db, who, alice.id)).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(getSubmissionView(db, users.ta, alice.id)).resolves.toMatchObject({ id: alice.id });
    await expect(getSubmissionView(db, users.admin, alice.id)).resolves.toMatchObject({ id: alice.id });
    expect((await rejected(getAssignmentGrades(db, users.bob, course, "hw1"))).code).toBe("forbidden");
    expect((await rejected(getAssignmentGrades(db, users.otherTa, course, "hw1"))).code).toBe("not_found");
    expect((await rejected(getAssignmentGrades(db, users.outsider, course, "hw1"))).code).toBe("not_found");
    expect((await getAssignmentGrades(db, users.admin, course, "hw1")).rows.length).toBe(3);
    // Bob asking for Alice's row is asking for more than his own.
    const peek = getAssignmentGrades(db, users.bob, course, "hw1", { onlyUserId: users.alice.id });
    expect((await rejected(peek)).code).toBe("forbidden");
  });

  it("refuses submissions from people outside the course, and after a drop", async () => {
    expect((await rejected(submit(users.outsider, problems.a, at(10)))).code).toBe("forbidden");
    await dropCourseMember(db, users.teacher, course, `bob-${run}@courses.test`);
    expect((await rejected(submit(users.bob, problems.a, at(10)))).reason).toBe("not_enrolled");
    // His submissions stay; the gradebook lists current students only.
    expect(await db.submission.count({ where: { userId: users.bob.id } })).toBe(1);
    expect((await getAssignmentGrades(db, users.teacher, course, "hw1")).rows.map((r) => r.email)).not.toContain(
      `bob-${run}@courses.test`,
    );
  });
});
