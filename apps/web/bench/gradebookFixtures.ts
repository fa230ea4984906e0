import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createSession } from "@arbiter/core";
import { createAssignment, createCourse, refreshGradeCells } from "@arbiter/core/courses";
import type { PrismaClient } from "@arbiter/db/client";

/** The course the issue asks to measure: 500 students × 10 problems, 100,000 submissions. */
export interface GradebookSize {
  students: number;
  problems: number;
  submissions: number;
}

export interface GradebookFixtures {
  course: string;
  assignment: string;
  /** The instructor's session cookie value. */
  cookie: string;
  /** How long the bulk inserts and the whole-assignment grade refresh took, in ms. */
  seedMs: number;
  refreshMs: number;
  cleanUp(): Promise<void>;
}

const SECTIONS = ["Lab A", "Lab B", "Lab C", "Lab D"];
/** Rows per createMany: large enough to be fast, small enough for PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 5000;

/**
 * A course the size of a large class, written in bulk (createMany and one INSERT … SELECT
 * over generate_series for the submissions) under names unique to this run, then graded by
 * one whole-assignment `refreshGradeCells` — the same call a rejudge or rule change makes.
 * Submissions are spread over the weeks before the due date and the late window, with
 * verdicts and scores mixed, so credit, late flags and "best" all have work to do.
 */
export async function createGradebookFixtures(db: PrismaClient, size: GradebookSize): Promise<GradebookFixtures> {
  const run = `${new Date().toISOString().slice(0, 10)}-${randomBytes(3).toString("hex")}`;
  const prefix = `bench-gb-${run}`;
  const userEmails = { startsWith: `${prefix}-`, endsWith: "@bench.invalid" };
  const course = `bench-gb-${randomBytes(4).toString("hex")}`;
  const assignment = "hw1";

  const cleanUp = async () => {
    const found = await db.course.findUnique({ where: { slug: course }, select: { id: true } });
    if (found) {
      await db.submission.deleteMany({ where: { assignment: { courseId: found.id } } });
      // Members, assignments and grade cells go with the course (onDelete: Cascade).
      await db.course.delete({ where: { id: found.id } });
    }
    await db.problem.deleteMany({ where: { slug: { startsWith: `${prefix}-p` } } });
    await db.user.deleteMany({ where: { email: userEmails } });
  };

  try {
    const started = performance.now();
    const instructor = await db.user.create({
      data: { email: `${prefix}-instructor@bench.invalid`, name: "Bench Instructor", role: "instructor" },
    });
    await createCourse(db, instructor, { slug: course, title: "Bench course", sections: SECTIONS });
    await db.problem.createMany({
      data: Array.from({ length: size.problems }, (_, p) => ({
        slug: `${prefix}-p${p}`,
        title: `Problem ${p + 1}`,
        timeLimitMs: 1000,
        memoryLimitMb: 256,
      })),
    });
    const now = Date.now();
    const day = 24 * 3600 * 1000;
    // Due yesterday, late credit for three more days: every submission below is made.
    const dueAt = new Date(now - day);
    await createAssignment(db, instructor, course, {
      slug: assignment,
      title: "Homework 1",
      opensAt: new Date(now - 30 * day).toISOString(),
      dueAt: dueAt.toISOString(),
      late: [{ until: new Date(now + 2 * day).toISOString(), percent: 70 }],
      problems: Array.from({ length: size.problems }, (_, p) => ({ problem: `${prefix}-p${p}`, points: 10 })),
    });

    const students = Array.from({ length: size.students }, (_, i) => ({
      email: `${prefix}-${String(i).padStart(4, "0")}@bench.invalid`,
      name: `Student ${String(i).padStart(4, "0")}`,
      role: "student" as const,
    }));
    for (let i = 0; i < students.length; i += ROWS_PER_INSERT) {
      await db.user.createMany({ data: students.slice(i, i + ROWS_PER_INSERT) });
    }
    const { id: courseId, sections } = await db.course.findUniqueOrThrow({
      where: { slug: course },
      select: { id: true, sections: { select: { id: true } } },
    });
    const studentRows = await db.user.findMany({
      where: { email: { in: students.map((s) => s.email) } },
      select: { id: true },
      orderBy: { email: "asc" },
    });
    await db.courseMember.createMany({
      data: studentRows.map((u, i) => ({
        courseId,
        userId: u.id,
        role: "student" as const,
        sectionId: sections[i % sections.length]?.id ?? null,
      })),
    });
    const { id: assignmentId } = await db.assignment.findUniqueOrThrow({
      where: { courseId_slug: { courseId, slug: assignment } },
      select: { id: true },
    });
    const problemIds = (
      await db.problem.findMany({
        where: { slug: { startsWith: `${prefix}-p` } },
        select: { id: true },
        orderBy: { slug: "asc" },
      })
    ).map((p) => p.id);
    await insertSubmissions(db, {
      prefix,
      assignmentId,
      studentIds: studentRows.map((u) => u.id),
      problemIds,
      count: size.submissions,
      dueAt,
    });
    const seedMs = performance.now() - started;

    const refreshStarted = performance.now();
    await refreshGradeCells(db, assignmentId);
    const refreshMs = performance.now() - refreshStarted;

    const { cookieValue } = await createSession(db, instructor.id);
    return { course, assignment, cookie: cookieValue, seedMs, refreshMs, cleanUp };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/**
 * `count` judged submissions in one statement: submission n is by student n mod S on
 * problem (n div S) mod P, made up to 20 days before the due date or in the
 * late window after it; a fifth are wrong answers, the rest score between 40 and 100.
 */
async function insertSubmissions(
  db: PrismaClient,
  options: {
    prefix: string;
    assignmentId: string;
    studentIds: string[];
    problemIds: string[];
    count: number;
    dueAt: Date;
  },
): Promise<void> {
  const { prefix, assignmentId, studentIds, problemIds, count, dueAt } = options;
  await db.$executeRaw`
    INSERT INTO "Submission" (id, "userId", "problemId", language, source, status, context, "assignmentId",
                              verdict, score, "createdAt")
    SELECT ${prefix} || '-s' || n,
           (${studentIds}::text[])[1 + n % ${studentIds.length}::int],
           (${problemIds}::text[])[1 + (n / ${studentIds.length}::int) % ${problemIds.length}::int],
           'python3', 'print(42)', 'done', 'assignment', ${assignmentId},
           (CASE WHEN n % 5 = 0 THEN 'WA' ELSE 'AC' END)::"Verdict",
           CASE WHEN n % 5 = 0 THEN 0 ELSE 40 + (n * 7919) % 61 END,
           ${dueAt.toISOString()}::timestamp(3) - ((n::bigint * 104729) % (20 * 86400)) * interval '1 second'
             + (CASE WHEN n % 7 = 0 THEN interval '1 day' ELSE interval '0' END)
      FROM generate_series(0, ${count - 1}::int) AS n`;
}
