import { describe, expect, it } from "vitest";
import { can, type Actor } from "./can";

const student: Actor = { id: "s1", role: "student" };
const otherStudent: Actor = { id: "s2", role: "student" };
const instructor: Actor = { id: "i1", role: "instructor" };
const admin: Actor = { id: "a1", role: "admin" };

describe("can", () => {
  it("lets an owner see their own submission but not its hidden tests", () => {
    const mine = { kind: "submission", ownerId: "s1", courseRole: "student" } as const;
    expect(can(student, "submission.view", mine)).toBe(true);
    expect(can(student, "submission.viewHidden", mine)).toBe(false);
    expect(can(student, "submission.review", mine)).toBe(false);
  });

  it("never lets a student see another student's submission, even in the same course", () => {
    const theirs = { kind: "submission", ownerId: "s1", courseRole: "student" } as const;
    expect(can(otherStudent, "submission.view", theirs)).toBe(false);
  });

  it("gives a TA everything in their course and nothing in another course", () => {
    const ta: Actor = { id: "t1", role: "student" };
    const inOwnCourse = { kind: "submission", ownerId: "s1", courseRole: "ta" } as const;
    const inOtherCourse = { kind: "submission", ownerId: "s1", courseRole: null } as const;
    expect(can(ta, "submission.view", inOwnCourse)).toBe(true);
    expect(can(ta, "submission.viewHidden", inOwnCourse)).toBe(true);
    expect(can(ta, "submission.view", inOtherCourse)).toBe(false);
    expect(can(ta, "course.staff", { kind: "course", courseRole: "ta" })).toBe(true);
    expect(can(ta, "course.manage", { kind: "course", courseRole: "ta" })).toBe(false);
    expect(can(ta, "course.view", { kind: "course", courseRole: null })).toBe(false);
  });

  it("does not make a global instructor staff of every course or every practice submission", () => {
    expect(can(instructor, "course.view", { kind: "course", courseRole: null })).toBe(false);
    expect(can(instructor, "submission.view", { kind: "submission", ownerId: "s1", courseRole: null })).toBe(false);
    expect(can(instructor, "course.manage", { kind: "course", courseRole: "instructor" })).toBe(true);
    expect(can(instructor, "course.create", { kind: "site" })).toBe(true);
    expect(can(student, "course.create", { kind: "site" })).toBe(false);
  });

  it("lets a global admin see and manage everything", () => {
    expect(can(admin, "course.manage", { kind: "course", courseRole: null })).toBe(true);
    expect(can(admin, "submission.viewHidden", { kind: "submission", ownerId: "s1", courseRole: null })).toBe(true);
    expect(can(admin, "problem.view", { kind: "problem", isPublic: false, courseRole: null })).toBe(true);
  });

  it("shows a private course problem to its staff only", () => {
    const privateProblem = (courseRole: "student" | "ta" | null) =>
      ({ kind: "problem", isPublic: false, courseRole }) as const;
    expect(can(student, "problem.view", privateProblem("student"))).toBe(false);
    expect(can(student, "problem.view", privateProblem("ta"))).toBe(true);
    expect(can(instructor, "problem.view", privateProblem(null))).toBe(false);
    expect(can(student, "problem.view", { kind: "problem", isPublic: true, courseRole: null })).toBe(true);
    expect(can(instructor, "problem.edit", { kind: "problem", isPublic: true, courseRole: null })).toBe(false);
  });

  it("lets authors and course instructors edit problems, and only instructors or admins publish them", () => {
    const problem = (courseRole: "instructor" | "ta" | null, isAuthor = false) =>
      ({ kind: "problem", isPublic: false, courseRole, isAuthor }) as const;
    expect(can(instructor, "problem.view", problem(null, true))).toBe(true);
    expect(can(instructor, "problem.edit", problem(null, true))).toBe(true);
    expect(can(instructor, "problem.publish", problem(null, true))).toBe(true);
    expect(can(instructor, "problem.edit", problem(null))).toBe(false);
    // A course instructor who is a student elsewhere edits the course's problem but keeps it in the course.
    expect(can(student, "problem.edit", problem("instructor"))).toBe(true);
    expect(can(student, "problem.publish", problem("instructor"))).toBe(false);
    expect(can(instructor, "problem.publish", problem("instructor"))).toBe(true);
    // A TA sees it but may not change it; an author who is no longer an instructor may not either.
    expect(can(student, "problem.view", problem("ta"))).toBe(true);
    expect(can(student, "problem.edit", problem("ta"))).toBe(false);
    expect(can(student, "problem.edit", problem(null, true))).toBe(false);
    expect(can(admin, "problem.publish", problem(null))).toBe(true);
  });
});

describe("can, for contests", () => {
  const contest = (over: Partial<{ isJury: boolean; isParticipant: boolean; isPublic: boolean }> = {}) =>
    ({ kind: "contest", isJury: false, isParticipant: false, isPublic: false, ...over }) as const;

  it("shows a private contest to its participants and jury only", () => {
    expect(can(student, "contest.view", contest())).toBe(false);
    expect(can(student, "contest.view", contest({ isParticipant: true }))).toBe(true);
    expect(can(instructor, "contest.view", contest())).toBe(false);
    expect(can(instructor, "contest.jury", contest({ isJury: true }))).toBe(true);
    expect(can(student, "contest.jury", contest({ isParticipant: true }))).toBe(false);
    expect(can(admin, "contest.jury", contest())).toBe(true);
  });

  it("lets teammates and the contest's jury read a contest submission, and nobody else", () => {
    const sub = (over: { contestJury?: boolean; teammate?: boolean }) =>
      ({ kind: "submission", ownerId: "s1", courseRole: null, ...over }) as const;
    expect(can(otherStudent, "submission.view", sub({ teammate: true }))).toBe(true);
    expect(can(otherStudent, "submission.view", sub({}))).toBe(false);
    expect(can(instructor, "submission.viewHidden", sub({ contestJury: true }))).toBe(true);
    expect(can(otherStudent, "submission.viewHidden", sub({ teammate: true }))).toBe(false);
  });
});
