import { randomUUID } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { createPrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCourseMember, createCourse } from "../../courses/index";
import { AppError } from "../../errors";
import { createSubmissionLifecycle } from "../../lifecycle/submissionLifecycle";
import type { Actor } from "../../permissions/can";
import { openJudgeQueue, type JudgeQueue } from "../../queue";
import { createRedis } from "../../redis";
import { resolveJudgeTarget } from "../../submissions/resolveJudgeTarget";
import { VERIFIER_EMAIL } from "../verification/ensureVerifierUser";
import { listProblemsForUser } from "../listProblemsForUser";
import {
  authorizeUpload,
  getProblemAuthoring,
  listEditableProblems,
  publishProblem,
  receivePackageUpload,
  updateProblemDetails,
  uploadProblemPackage,
} from "./index";
import { rawZip, zipDirectory } from "./testing/index";

// The web's problem authoring against real PostgreSQL and Redis: uploads go through the
// CLI importer's checks, shipped submissions become queued verification runs (judged
// here by hand through the lifecycle, as the worker would), and who may upload, edit,
// see and publish what is decided by can().

const DEMO = path.resolve(import.meta.dirname, "../../../../../infra/demo/problems/aplusb");
const db = createPrismaClient();
const connection = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0");
const run = randomUUID().slice(0, 8);
const course = `author-${run}`;
const slug = (name: string) => `au-${name}-${run}`;
const lifecycle = createSubmissionLifecycle({ db });
let queue: JudgeQueue;
let base = "";
let packageZip: Buffer;
const users = {} as Record<"instructor" | "otherInstructor" | "courseTeacher" | "ta" | "student" | "admin", Actor>;

async function account(label: string, role: Actor["role"]): Promise<Actor> {
  return db.user.create({
    data: { email: `${label}-${run}@authoring.test`, name: `${label} ${run}`, role },
    select: { id: true, role: true },
  });
}

/** Saves `bytes` as an upload would arrive and uploads it; the temporary file is always removed. */
async function upload(actor: Actor, bytes: Buffer, name: string, course?: string) {
  const received = await receivePackageUpload(Readable.from([bytes]), bytes.length);
  try {
    return await uploadProblemPackage(db, queue, actor, { zipPath: received.zipPath, slug: name, course });
  } finally {
    await received.discard();
  }
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
  queue = openJudgeQueue(connection, `test-authoring-${run}`);
  await db.runtime.upsert({
    where: { language: "python3" },
    create: { language: "python3", version: "test", imageTag: "test", imageDigest: "test" },
    update: {},
  });
  users.instructor = await account("instructor", "instructor");
  users.otherInstructor = await account("other", "instructor");
  users.courseTeacher = await account("course-teacher", "student");
  users.ta = await account("ta", "student");
  users.student = await account("student", "student");
  users.admin = await account("admin", "admin");
  await createCourse(db, users.instructor, { slug: course, title: "Authoring" });
  for (const [who, role] of [
    ["courseTeacher", "instructor"],
    ["ta", "ta"],
    ["student", "student"],
  ] as const) {
    await addCourseMember(db, users.instructor, course, {
      email: `${who === "courseTeacher" ? "course-teacher" : who}-${run}@authoring.test`,
      role,
    });
  }
  // The demo package with its Python submissions only: python3 is the one runtime the test registers.
  base = await mkdtemp(path.join(tmpdir(), "arbiter-authoring-"));
  const dir = path.join(base, "aplusb");
  await cp(DEMO, dir, { recursive: true });
  for (const category of await readdir(path.join(dir, "submissions"))) {
    for (const file of await readdir(path.join(dir, "submissions", category))) {
      if (!file.endsWith(".py")) await rm(path.join(dir, "submissions", category, file));
    }
  }
  packageZip = await zipDirectory(dir);
});

afterAll(async () => {
  const problems = { slug: { endsWith: run } };
  await db.submission.deleteMany({ where: { problem: problems } });
  await db.problem.deleteMany({ where: problems });
  await db.course.deleteMany({ where: { slug: course } });
  await db.user.deleteMany({ where: { email: { endsWith: `${run}@authoring.test` } } });
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  await db.$disconnect();
  await rm(base, { recursive: true, force: true });
});

describe("uploading a package in the web", () => {
  it("imports it privately for its author and queues every shipped submission as a verification run", async () => {
    const result = await upload(users.instructor, packageZip, slug("archive"));
    expect(result).toMatchObject({ slug: slug("archive"), title: "A+B", tests: 10, groups: 2, created: true });
    expect(result.verification?.submissionIds).toHaveLength(4);
    const examples = await db.problemExample.findMany({
      where: { problem: { slug: slug("archive") } },
      orderBy: { path: "asc" },
    });
    expect(examples.map((e) => e.path)).toEqual([
      "accepted/aplusb.py",
      "run_time_error/one_line.py",
      "time_limit_exceeded/count_up.py",
      "wrong_answer/absolute.py",
    ]);
    const problem = await db.problem.findUniqueOrThrow({ where: { slug: slug("archive") } });
    expect(problem).toMatchObject({ isPublic: false, courseId: null, authorId: users.instructor.id });
    const submissions = await db.submission.findMany({
      where: { id: { in: result.verification?.submissionIds ?? [] } },
      select: { id: true, status: true, context: true, user: { select: { email: true } } },
    });
    expect(submissions).toHaveLength(4);
    for (const s of submissions) {
      expect(s).toMatchObject({ status: "queued", context: "practice", user: { email: VERIFIER_EMAIL } });
      // Through the normal judge queue, like any submission.
      expect(await queue.getJob(`submission-${s.id}`)).toBeTruthy();
    }
  });

  it("shows expected against got as the runs are judged", async () => {
    const runs = (await getProblemAuthoring(db, users.instructor, slug("archive"))).verification;
    const accepted = runs.find((r) => r.file === "submissions/accepted/aplusb.py");
    const wrong = runs.find((r) => r.file === "submissions/wrong_answer/absolute.py");
    for (const [run, verdict] of [
      [accepted!, "AC"],
      [wrong!, "AC"],
    ] as const) {
      const report = await lifecycle.startJudging(run.submissionId, { workerId: "authoring-test", reason: "submit" });
      await report.finish({ verdict, score: verdict === "AC" ? 100 : 0 });
    }
    const view = await getProblemAuthoring(db, users.instructor, slug("archive"));
    expect(view.verification.map((v) => [v.file, v.verdict, v.matches])).toEqual([
      ["submissions/accepted/aplusb.py", "AC", true],
      ["submissions/run_time_error/one_line.py", null, null],
      ["submissions/time_limit_exceeded/count_up.py", null, null],
      ["submissions/wrong_answer/absolute.py", "AC", false],
    ]);
    // What it must get, in the author's terms, and what it broke.
    expect(view.verification.at(-1)?.expected.join("; ")).toContain("required WA");
    expect(view.verification.at(-1)?.failures.length).toBeGreaterThan(0);
    expect(view.canPublish).toBe(true);
  });

  it("refuses a bad package with the importer's message and writes nothing", async () => {
    const slip = rawZip([
      { name: "problem.yaml", data: "name: X\n" },
      { name: "../evil.txt", data: "x" },
    ]);
    let error = await rejected(upload(users.instructor, slip, slug("slip")));
    expect([error.httpStatus, error.reason]).toEqual([400, "package_invalid"]);
    expect(error.message).toContain('points outside the package ("..")');

    const bomb = rawZip([
      { name: "problem.yaml", data: "name: X\n" },
      { name: "data/big.in", data: "0".repeat(4 << 20) },
    ]);
    error = await rejected(upload(users.instructor, bomb, slug("bomb")));
    expect(error.message).toContain("looks like a zip bomb");

    error = await rejected(upload(users.instructor, Buffer.from("not a zip at all"), slug("junk")));
    expect(error.httpStatus).toBe(400);
    error = await rejected(upload(users.instructor, packageZip, "Bad Slug!"));
    expect([error.httpStatus, error.field]).toEqual([400, "slug"]);
    expect(await db.problem.count({ where: { slug: { in: [slug("slip"), slug("bomb"), slug("junk")] } } })).toBe(0);
  });

  it("stops an upload over the size limit with a 413, whatever the body claimed, and keeps no file", async () => {
    let error = await rejected(receivePackageUpload(Readable.from([Buffer.alloc(10)]), 5000, 1000));
    expect([error.httpStatus, error.reason]).toEqual([413, "package_too_large"]);
    const before = await readdir(tmpdir());
    error = await rejected(receivePackageUpload(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), null, 1000));
    expect(error.httpStatus).toBe(413);
    const left = (await readdir(tmpdir())).filter((f) => f.startsWith("arbiter-upload-") && !before.includes(f));
    expect(left).toEqual([]);
    error = await rejected(receivePackageUpload(Readable.from([]), 0));
    expect(error.httpStatus).toBe(400);
  });
});

describe("who may upload, edit, see and publish", () => {
  it("lets a course's instructor upload into it (private to the course); its TA and outsiders may not", async () => {
    const result = await upload(users.courseTeacher, packageZip, slug("course"), course);
    expect(result.created).toBe(true);
    const problem = await db.problem.findUniqueOrThrow({ where: { slug: slug("course") }, include: { course: true } });
    expect([problem.isPublic, problem.course?.slug]).toEqual([false, course]);

    expect((await rejected(upload(users.ta, packageZip, slug("by-ta"), course))).httpStatus).toBe(403);
    expect((await rejected(upload(users.student, packageZip, slug("by-student")))).httpStatus).toBe(403);
    // The web asks this before reading the body.
    expect((await rejected(authorizeUpload(db, users.student, slug("by-student"), undefined))).httpStatus).toBe(403);
    expect(await authorizeUpload(db, users.courseTeacher, slug("new"), course)).toBeTruthy();
    expect((await rejected(upload(users.otherInstructor, packageZip, slug("x"), course))).httpStatus).toBe(404);
    // Someone else's slug is taken, not replaced.
    const taken = await rejected(upload(users.otherInstructor, packageZip, slug("archive")));
    expect([taken.httpStatus, taken.field]).toEqual([409, "slug"]);
    // Its author replaces it; the old verification runs make way for the new ones.
    const again = await upload(users.instructor, packageZip, slug("archive"));
    expect(again.created).toBe(false);
    expect(await db.problemExample.count({ where: { problem: { slug: slug("archive") } } })).toBe(4);
    expect(await db.problemVerification.count({ where: { problem: { slug: slug("archive") } } })).toBe(2);
  });

  it("keeps private problems out of everyone else's sight until published", async () => {
    const listed = async (who: Actor) => (await listProblemsForUser(db, who)).problems.map((p) => p.slug);
    expect(await listed(users.student)).not.toContain(slug("archive"));
    expect(await listed(users.student)).not.toContain(slug("course"));
    await expect(resolveJudgeTarget(db, users.student, slug("course"), "python3")).rejects.toThrow(/no problem/);
    await expect(resolveJudgeTarget(db, users.ta, slug("course"), "python3")).resolves.toBeTruthy();
    await expect(resolveJudgeTarget(db, users.instructor, slug("archive"), "python3")).resolves.toBeTruthy();
    expect((await rejected(getProblemAuthoring(db, users.student, slug("course")))).httpStatus).toBe(404);
    expect((await rejected(getProblemAuthoring(db, users.ta, slug("course")))).httpStatus).toBe(403);

    expect((await listEditableProblems(db, users.courseTeacher)).map((p) => p.slug)).toEqual([slug("course")]);
    expect((await listEditableProblems(db, users.instructor)).map((p) => p.slug)).toContain(slug("archive"));
    expect((await listEditableProblems(db, users.otherInstructor)).map((p) => p.slug)).not.toContain(slug("archive"));

    // A course instructor without a global instructor role may not publish to the archive.
    expect((await rejected(publishProblem(db, users.courseTeacher, slug("course")))).httpStatus).toBe(403);
    expect(await publishProblem(db, users.instructor, slug("course"))).toEqual({
      slug: slug("course"),
      isPublic: true,
    });
    expect(await listed(users.student)).toContain(slug("course"));
    expect((await rejected(publishProblem(db, users.otherInstructor, slug("archive")))).httpStatus).toBe(404);
    expect(await publishProblem(db, users.admin, slug("archive"))).toMatchObject({ isPublic: true });
  });

  it("edits the statement, limits and tags, naming the field of a bad value", async () => {
    await updateProblemDetails(db, users.courseTeacher, slug("course"), {
      title: "A plus B",
      statement: "Add $a+b$.",
      timeLimitMs: 2000,
      memoryLimitMb: 128,
      tags: ["math", "math", "easy"],
      difficulty: 2,
    });
    const view = await getProblemAuthoring(db, users.courseTeacher, slug("course"));
    expect(view).toMatchObject({
      title: "A plus B",
      statement: "Add $a+b$.",
      timeLimitMs: 2000,
      memoryLimitMb: 128,
      tags: ["math", "easy"],
      difficulty: 2,
    });
    let error = await rejected(updateProblemDetails(db, users.courseTeacher, slug("course"), { timeLimitMs: 99_000 }));
    expect([error.httpStatus, error.field]).toEqual([400, "timeLimitMs"]);
    error = await rejected(updateProblemDetails(db, users.courseTeacher, slug("course"), { secret: 1 }));
    expect(error.httpStatus).toBe(400);
    // Public now, so a student sees it, but still may not change it.
    error = await rejected(updateProblemDetails(db, users.student, slug("course"), { title: "Mine" }));
    expect(error.httpStatus).toBe(403);
    expect((await db.problem.findUniqueOrThrow({ where: { slug: slug("course") } })).title).toBe("A plus B");
  });
});
