import type { PrismaClient } from "@arbiter/db/client";
import type { Actor } from "../../permissions/can";
import { getAssignmentGrades } from "../grades/getAssignmentGrades";
import { scoreHistogram, type HistogramBin } from "../scoreHistogram";
import { problemStatistics, type ProblemStatistics } from "../statistics";

export interface AssignmentStatistics {
  problems: (ProblemStatistics & { title: string; points: number })[];
  /** Current students' totals in ten bins from 0 to the assignment's points. */
  histogram: HistogramBin[];
  maxScore: number;
  students: number;
}

/**
 * The charts' data of an assignment, for its course's staff (the same access as the
 * gradebook, whose rows give the totals): verdicts and attempts until AC per problem over
 * current students' submissions to the assignment, and a histogram of their totals.
 */
export async function getAssignmentStatistics(
  db: PrismaClient,
  actor: Actor,
  ref: { course: string; assignment: string },
): Promise<AssignmentStatistics> {
  const grades = await getAssignmentGrades(db, actor, ref.course, ref.assignment);
  const studentIds = grades.rows.map((r) => r.userId);
  const submissions = await db.submission.findMany({
    where: { assignment: { slug: ref.assignment, course: { slug: ref.course } }, userId: { in: studentIds } },
    select: { userId: true, createdAt: true, verdict: true, problem: { select: { slug: true } } },
  });
  const stats = problemStatistics(
    grades.problems.map((p) => p.problem),
    submissions.map((s) => ({
      userId: s.userId,
      problem: s.problem.slug,
      submittedAt: s.createdAt,
      verdict: s.verdict,
    })),
  );
  const maxScore = grades.problems.reduce((sum, p) => sum + p.points, 0);
  return {
    problems: stats.map((s, i) => ({
      ...s,
      title: grades.problems[i]?.title ?? s.problem,
      points: grades.problems[i]?.points ?? 0,
    })),
    histogram: scoreHistogram(
      grades.rows.map((r) => r.total),
      maxScore,
    ),
    maxScore,
    students: grades.rows.length,
  };
}
