import type { PrismaClient } from "@arbiter/db/client";
import { scoringSchema } from "@arbiter/shared";
import { scoreScale } from "../../submissions/scoreScale";
import { creditAt, type Credit } from "../creditAt";
import { countedSubmission, type GradedAttempt } from "../countedSubmission";
import { problemScore } from "../problemScore";
import type { Extensions } from "../effectiveTimeline";
import { assignmentTimeline } from "../store/assignmentTimeline";
import { isUniqueViolation } from "../../users/isUniqueViolation";

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

  for (const userId of userIds) {
    const extensions: Extensions = {
      student: assignment.extensions.find((e) => e.userId === userId)?.dueAt ?? null,
      section:
        assignment.extensions.find((e) => e.sectionId !== null && e.sectionId === sectionOf.get(userId))?.dueAt ?? null,
    };
    for (const ap of problems) {
      const scale = scoreScale(scoringSchema.parse(ap.problem.scoring), ap.problem.testGroups);
      const attempts = submissions
        .filter((s) => s.userId === userId && s.problemId === ap.problemId)
        .map((s): GradedAttempt => {
          const judged = s.status === "done" && s.verdict !== null;
          return {
            id: s.id,
            submittedAt: s.createdAt,
            verdict: judged ? s.verdict : null,
            scorePercent: judged ? Math.min(100, ((s.score ?? 0) / scale.max) * 100) : null,
            credit: creditAt(timeline, s.createdAt, extensions),
          };
        });
      await storeCell(
        db,
        { assignmentId, userId, problemId: ap.problemId, points: ap.points },
        attempts,
        assignment.counts,
      );
    }
  }
}

async function storeCell(
  db: PrismaClient,
  key: { assignmentId: string; userId: string; problemId: string; points: number },
  attempts: GradedAttempt[],
  counts: "best" | "last",
): Promise<void> {
  const counted = countedSubmission(attempts, counts);
  const credit: Credit | undefined = counted?.credit;
  const creditPercent = credit && (credit.kind === "on_time" || credit.kind === "late") ? credit.percent : null;
  const data = {
    submissionId: counted?.id ?? null,
    computedScore:
      counted && creditPercent !== null ? problemScore(key.points, counted.scorePercent ?? 0, creditPercent) : 0,
    creditPercent,
    late: credit?.kind === "late",
    attempts: attempts.filter((a) => a.verdict !== null && a.verdict !== "IE").length,
    submittedAt: counted?.submittedAt ?? null,
  };
  const { assignmentId, userId, problemId } = key;
  const where = { assignmentId_userId_problemId: { assignmentId, userId, problemId } };
  try {
    await db.gradeCell.upsert({ where, create: { assignmentId, userId, problemId, ...data }, update: data });
  } catch (error) {
    // Two judgings of the same student and problem finishing at once both tried to create it.
    if (!isUniqueViolation(error)) throw error;
    await db.gradeCell.update({ where, data });
  }
}
