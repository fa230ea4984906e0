import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import type { Actor } from "../permissions/can";
import { getProblemPage } from "../problems/getProblemPage";
import {
  addCourseMember,
  createAssignment,
  createCourse,
  disableJoinCode,
  getAssignmentView,
  getCourseRoster,
  getCourseView,
  importRoster,
  joinCourse,
  listMyCourses,
  rotateJoinCode,
} from "./index";

// The operations behind the course pages: roster import (preview, apply, idempotent, all
// or nothing), join code rotation, and the views with their access rules.

const db = createPrismaClient();
const run = randomUUID().slice(0, 8);
const course = `pages-${run}`;
const other = `pages-other-${run}`;
const email = (label: string) => `${label}-${run}@pages.test`;
const users: Record<"teacher" | "ta" | "pupil" | "outsider" | "otherTeacher", Actor> = {} as never;
let privateProblem = "";

async function account(label: string, role: Actor["role"]): Promise<Actor> {
  return db.user.create({ data: { email: email(label), name: label, role }, select: { id: true, role: true } });
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
  users.teacher = await account("teacher", "instructor");
  users.ta = await account("ta", "student");
  users.pupil = await account("pupil", "student");
  users.outsider = await account("outsider", "student");
  users.otherTeacher = await account("other-teacher", "instructor");
  await createCourse(db, users.teacher, { slug: course, title: "Pages", sections: ["Lab A", "Lab B"] });
  await createCourse(db, users.otherTeacher, { slug: other, title: "Other" });
  await addCourseMember(db, users.teacher, course, { email: email("ta"), role: "ta" });
  const courseRow = await db.course.findUniqueOrThrow({ where: { slug: course }, select: { id: true } });
  privateProblem = (
    await db.problem.create({
      data: {
        slug: `pp-${run}`,
        title: "Private",
        timeLimitMs: 1000,
        memoryLimitMb: 64,
        isPublic: false,
        courseId: courseRow.id,
      },
      select: { slug: true },
    })
  ).slug;
});

afterAll(async () => {
  await db.course.deleteMany({ where: { slug: { in: [course, other] } } });
  await db.problem.deleteMany({ where: { slug: privateProblem } });
  await db.user.deleteMany({ where: { email: { endsWith: `-${run}@pages.test` } } });
  await db.$disconnect();
});

describe("roster import", () => {
  const roster = [
    "email,name,section",
    `${email("ann")},Ann,Lab A`,
    `${email("ben")},,lab b`,
    `${email("ta")},The TA,Lab A`,
  ].join("\n");

  it("previews without writing anything and reports every bad row with its number", async () => {
    const preview = await importRoster(db, users.teacher, course, roster, { apply: false });
    expect(preview.applied).toBe(false);
    expect(preview.issues).toEqual([]);
    expect(preview.plan.create.map((c) => c.email)).toEqual([email("ann"), email("ben")]);
    expect(preview.plan.enrol.map((e) => e.section)).toEqual(["Lab A", "Lab B"]);
    expect(preview.plan.skipped).toEqual([
      { row: 4, email: email("ta"), reason: `${email("ta")} is a TA of this course.` },
    ]);
    expect(await db.user.count({ where: { email: { in: [email("ann"), email("ben")] } } })).toBe(0);

    const bad = await importRoster(db, users.teacher, course, `${roster}\nnope,X,Lab A\n${email("cy")},Cy,Lab Q`, {
      apply: true,
    });
    expect(bad.applied).toBe(false);
    expect(bad.issues.map((i) => i.row)).toEqual([5, 6]);
    // All or nothing: the good rows of a file with issues are not imported either.
    expect(await db.user.count({ where: { email: { in: [email("ann"), email("cy")] } } })).toBe(0);
  });

  it("applies in one go, and applying the same roster again changes nothing", async () => {
    const applied = await importRoster(db, users.teacher, course, roster, { apply: true });
    expect(applied.applied).toBe(true);
    expect(applied.plan.enrol).toHaveLength(2);
    const members = (await getCourseRoster(db, users.teacher, course)).members;
    expect(members.find((m) => m.email === email("ben"))).toMatchObject({
      role: "student",
      section: "Lab B",
      name: "ben-" + run,
    });
    expect(members.find((m) => m.email === email("ta"))?.role).toBe("ta");

    const again = await importRoster(db, users.teacher, course, roster, { apply: true });
    expect(again.plan).toMatchObject({ create: [], enrol: [], moveSection: [] });
    expect(again.plan.unchanged.map((u) => u.email)).toEqual([email("ann"), email("ben")]);

    const moved = await importRoster(db, users.teacher, course, `email,section\n${email("ann")},Lab B`, {
      apply: true,
    });
    expect(moved.plan.moveSection).toEqual([{ row: 2, email: email("ann"), from: "Lab A", to: "Lab B" }]);
    expect(
      (await getCourseRoster(db, users.teacher, course)).members.find((m) => m.email === email("ann"))?.section,
    ).toBe("Lab B");
  });

  it("is for the course's instructors only", async () => {
    expect((await rejected(importRoster(db, users.ta, course, roster, { apply: false }))).code).toBe("forbidden");
    expect((await rejected(importRoster(db, users.otherTeacher, course, roster, { apply: false }))).code).toBe(
      "not_found",
    );
  });
});

describe("join code controls", () => {
  it("rotates the code (the old one stops working) and switches joining off", async () => {
    const before = (await getCourseRoster(db, users.teacher, course)).joinCode!;
    const { joinCode } = await rotateJoinCode(db, users.teacher, course);
    expect(joinCode).not.toBe(before);
    expect((await rejected(joinCourse(db, users.pupil, { code: before }))).reason).toBe("join_code_invalid");
    await disableJoinCode(db, users.teacher, course);
    expect((await getCourseRoster(db, users.teacher, course)).joinCode).toBeNull();
    expect((await rejected(joinCourse(db, users.pupil, { code: joinCode }))).reason).toBe("join_code_invalid");
    const { joinCode: fresh } = await rotateJoinCode(db, users.teacher, course);
    expect(await joinCourse(db, users.pupil, { code: fresh })).toEqual({ slug: course });
  });

  it("is for the course's instructors only", async () => {
    expect((await rejected(rotateJoinCode(db, users.ta, course))).code).toBe("forbidden");
    expect((await rejected(disableJoinCode(db, users.pupil, course))).code).toBe("forbidden");
    expect((await rejected(rotateJoinCode(db, users.otherTeacher, course))).code).toBe("not_found");
  });
});

describe("course and assignment views", () => {
  const now = new Date();
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();

  it("shows a student their courses, the assignment status and a private problem only through it", async () => {
    await createAssignment(db, users.teacher, course, {
      slug: "hw1",
      title: "Homework 1",
      opensAt: hours(-48),
      dueAt: hours(-12),
      late: [{ until: hours(12), percent: 80 }],
      problems: [{ problem: privateProblem, points: 10 }],
    });
    expect((await listMyCourses(db, users.pupil)).map((c) => [c.slug, c.role])).toEqual([[course, "student"]]);
    const view = await getCourseView(db, users.pupil, course, now);
    expect(view).toMatchObject({ isStaff: false, canManage: false });
    expect(view.assignments[0]).toMatchObject({
      slug: "hw1",
      points: 10,
      myScore: 0,
      status: { kind: "late", percent: 80 },
    });
    const assignment = await getAssignmentView(db, users.pupil, { course, assignment: "hw1" }, now);
    expect(assignment.problems).toEqual([
      { slug: privateProblem, title: "Private", points: 10, attempts: 0, grade: null },
    ]);

    const viaAssignment = { assignment: `${course}/hw1`, now };
    await expect(getProblemPage(db, users.pupil, privateProblem, viaAssignment)).resolves.toMatchObject({
      slug: privateProblem,
    });
    await expect(getProblemPage(db, users.pupil, privateProblem)).rejects.toMatchObject({ code: "not_found" });
    await expect(getProblemPage(db, users.outsider, privateProblem, viaAssignment)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(getProblemPage(db, users.ta, privateProblem)).resolves.toMatchObject({ slug: privateProblem });
  });

  it("shows the course to nobody outside it, and the roster to staff only", async () => {
    expect((await rejected(getCourseView(db, users.outsider, course, now))).code).toBe("not_found");
    expect((await rejected(getAssignmentView(db, users.otherTeacher, { course, assignment: "hw1" }, now))).code).toBe(
      "not_found",
    );
    expect((await rejected(getCourseRoster(db, users.pupil, course))).code).toBe("forbidden");
    expect((await getCourseView(db, users.ta, course, now)).isStaff).toBe(true);
  });
});
