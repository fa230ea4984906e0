import type { PrismaClient } from "@arbiter/db/client";
import { scoringSchema } from "@arbiter/shared";
import { scoreScale } from "../../submissions/scoreScale";
import { creditAt, type Credit } from "../creditAt";
import { countedSubmission, type GradedAttempt } from "../countedSubmission";
import { problemScore } from "../problemScore";
import type { Extensions } from "../effectiveTimeline";
import { assignmentTimeline } from "../store/assignmentTimeline";

export interface GradeCellScope {
  /** Only these students (default: everyone who submitted, plus existing cells). */
  userIds?: readonly string[];
  /** Only these problems (default: all of the assignment's). */
  problemIds?: readonly string[];
}

/**
 * Recomputes stored grade cells of one assignment from its submissions, with the pure
 * rules: each submission's credit from its creation time and the student's extensions
 * as they are now, the counted one by the assignment's policy. Idempotent; overrides
 * are kept. Called after every judging, extension and rule change.
 */
export async function refreshGradeCells(
  db: PrismaClient,
  assignmentId: string,
  scope: GradeCellScope = {},
): Promise<void> {
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    include: {
      problems: {
        include: { problem: { select: { scoring: true, testGroups: { select: { name: true, points: true } } } } },
      },
      extensions: true,
    },
  });
  if (!assignment) return;
  const problems = assignment.problems.filter((p) => !scope.problemIds || scope.problemIds.includes(p.problemId));
  const submissions = await db.submission.findMany({
    where: {
      assignmentId,
      problemId: { in: problems.map((p) => p.problemId) },
      ...(scope.userIds ? { userId: { in: [...scope.userIds] } } : {}),
    },
    select: { id: true, userId: true, problemId: true, createdAt: true, status: true, verdict: true, score: true },
  });
  const userIds = scope.userIds ?? [...new Set(submissions.map((s) => s.userId))];
  const sections = await db.courseMember.findMany({
    where: { courseId: assignment.courseId, userId: { in: [...userIds] } },
    select: { userId: true, sectionId: true },
  });
  const sectionOf = new Map(sections.map((m) => [m.userId, m.sectionId]));
  const timeline = assignmentTimeline(assignment);
  const attemptsOf = new Map<string, (typeof submissions)[number][]>();
  for (const s of submissions) {
    const key = `${s.userId}/${s.problemId}`;
    const list = attemptsOf.get(key);
    if (list) list.push(s);
    else attemptsOf.set(key, [s]);
  }
  const scaled = problems.map((ap) => ({
    ...ap,
    scale: scoreScale(scoringSchema.parse(ap.problem.scoring), ap.problem.testGroups),
  }));

  const cells: StoredCell[] = [];
  for (const userId of userIds) {
    const extensions: Extensions = {
      student: assignment.extensions.find((e) => e.userId === userId)?.dueAt ?? null,
      section:
        assignment.extensions.find((e) => e.sectionId !== null && e.sectionId === sectionOf.get(userId))?.dueAt ?? null,
    };
    for (const { scale, ...ap } of scaled) {
      const attempts = (attemptsOf.get(`${userId}/${ap.problemId}`) ?? []).map((s): GradedAttempt => {
        const judged = s.status === "done" && s.verdict !== null;
        return {
          id: s.id,
          submittedAt: s.createdAt,
          verdict: judged ? s.verdict : null,
          scorePercent: judged ? Math.min(100, ((s.score ?? 0) / scale.max) * 100) : null,
          credit: creditAt(timeline, s.createdAt, extensions),
        };
      });
      cells.push(gradeCell({ userId, problemId: ap.problemId, points: ap.points }, attempts, assignment.counts));
    }
  }
  await storeCells(db, assignmentId, cells);
}

interface StoredCell {
  userId: string;
  problemId: string;
  submissionId: string | null;
  computedScore: number;
  creditPercent: number | null;
  late: boolean;
  attempts: number;
  submittedAt: Date | null;
}

function gradeCell(
  key: { userId: string; problemId: string; points: number },
  attempts: GradedAttempt[],
  counts: "best" | "last",
): StoredCell {
  const counted = countedSubmission(attempts, counts);
  const credit: Credit | undefined = counted?.credit;
  const creditPercent = credit && (credit.kind === "on_time" || credit.kind === "late") ? credit.percent : null;
  return {
    userId: key.userId,
    problemId: key.problemId,
    submissionId: counted?.id ?? null,
    computedScore:
      counted && creditPercent !== null ? problemScore(key.points, counted.scorePercent ?? 0, creditPercent) : 0,
    creditPercent,
    late: credit?.kind === "late",
    attempts: attempts.filter((a) => a.verdict !== null && a.verdict !== "IE").length,
    submittedAt: counted?.submittedAt ?? null,
  };
}

/** Cells per statement: 8 arrays of this length stay far below PostgreSQL's parameter and packet limits. */
const CELLS_PER_STATEMENT = 2000;

/**
 * Upserts the cells in a few statements (one per 2,000 cells) rather than one per cell: a
 * whole-assignment refresh of 500 students × 10 problems is 3 round trips, not 5,000.
 * ON CONFLICT also settles two judgings of one cell finishing at once. Overrides are
 * columns this never writes, so they survive.
 */
async function storeCells(db: PrismaClient, assignmentId: string, cells: readonly StoredCell[]): Promise<void> {
  for (let i = 0; i < cells.length; i += CELLS_PER_STATEMENT) {
    const chunk = cells.slice(i, i + CELLS_PER_STATEMENT);
    // Timestamps travel as ISO text: "timestamp(3)" (without time zone, UTC by Prisma's
    // convention) ignores the trailing Z, so the stored instant is unchanged.
    await db.$executeRaw`
      INSERT INTO "GradeCell" ("assignmentId", "userId", "problemId", "submissionId", "computedScore",
                               "creditPercent", "late", "attempts", "submittedAt", "updatedAt")
      SELECT ${assignmentId}, c."userId", c."problemId", c."submissionId", c."computedScore",
             c."creditPercent", c."late", c."attempts", c."submittedAt"::timestamp(3), ${new Date().toISOString()}::timestamp(3)
        FROM unnest(${chunk.map((c) => c.userId)}::text[], ${chunk.map((c) => c.problemId)}::text[],
                    ${chunk.map((c) => c.submissionId)}::text[], ${chunk.map((c) => c.computedScore)}::float8[],
                    ${chunk.map((c) => c.creditPercent)}::float8[], ${chunk.map((c) => c.late)}::boolean[],
                    ${chunk.map((c) => c.attempts)}::int[], ${chunk.map((c) => c.submittedAt?.toISOString() ?? null)}::text[])
          AS c("userId", "problemId", "submissionId", "computedScore", "creditPercent", "late", "attempts", "submittedAt")
      ON CONFLICT ("assignmentId", "userId", "problemId") DO UPDATE SET
        "submissionId" = EXCLUDED."submissionId",
        "computedScore" = EXCLUDED."computedScore",
        "creditPercent" = EXCLUDED."creditPercent",
        "late" = EXCLUDED."late",
        "attempts" = EXCLUDED."attempts",
        "submittedAt" = EXCLUDED."submittedAt",
        "updatedAt" = EXCLUDED."updatedAt"`;
  }
}
