import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import { can, type Actor } from "../../permissions/can";
import { assignmentStatus, type AssignmentStatus } from "../assignmentStatus";
import type { CreditTimeline } from "../creditTimeline";
import { effectiveTimeline } from "../effectiveTimeline";
import { roundScore } from "../problemScore";
import { assignmentTimeline } from "./assignmentTimeline";
import { requireCourse } from "./requireCourse";
import { studentExtensions } from "./studentExtensions";

export interface AssignmentProblemView {
  slug: string;
  title: string;
  points: number;
  /** The viewer's submissions to this problem in this assignment, practice ones included. */
  attempts: number;
  /** The viewer's grade cell; null before anything counted. */
  grade: {
    score: number;
    /** Credit of the counted submission in percent (100 on time). */
    creditPercent: number | null;
    late: boolean;
    submittedAt: Date | null;
    submissionId: string | null;
    /** Set when staff overrode the score. */
    overrideReason: string | null;
  } | null;
}

export interface AssignmentView {
  course: { slug: string; title: string };
  slug: string;
  title: string;
  description: string;
  counts: "best" | "last";
  isStaff: boolean;
  canManage: boolean;
  /** The viewer's own timeline: the course's, moved by their extension if any. */
  timeline: CreditTimeline;
  /** The viewer's extended due date, when an extension (personal or section) moved it. */
  extendedDueAt: Date | null;
  status: AssignmentStatus;
  problems: AssignmentProblemView[];
  points: number;
  myScore: number;
}

/**
 * One assignment as the viewer sees it: problems with points, their own attempts and
 * grades (never anyone else's), their timeline and status at `now`. Someone outside the
 * course gets `not_found`, as for a missing assignment.
 */
export async function getAssignmentView(
  db: PrismaClient,
  actor: Actor,
  ref: { course: string; assignment: string },
  now: Date,
): Promise<AssignmentView> {
  const { course, courseRole } = await requireCourse(db, actor, ref.course, "course.view");
  const assignment = await db.assignment.findUnique({
    where: { courseId_slug: { courseId: course.id, slug: ref.assignment } },
    include: {
      problems: {
        orderBy: { position: "asc" },
        include: { problem: { select: { id: true, slug: true, title: true } } },
      },
      gradeCells: { where: { userId: actor.id } },
    },
  });
  if (!assignment) {
    throw new AppError("not_found", `There is no assignment "${ref.course}/${ref.assignment}".`, {
      reason: "assignment_unknown",
    });
  }
  const member = await db.courseMember.findUnique({
    where: { courseId_userId: { courseId: course.id, userId: actor.id } },
    select: { sectionId: true },
  });
  const extensions = await studentExtensions(db, assignment.id, actor.id, member?.sectionId ?? null);
  const timeline = assignmentTimeline(assignment);
  const own = effectiveTimeline(timeline, extensions);
  const attempts = await db.submission.groupBy({
    by: ["problemId"],
    where: { assignmentId: assignment.id, userId: actor.id },
    _count: { _all: true },
  });
  const attemptsOf = new Map(attempts.map((a) => [a.problemId, a._count._all]));
  const cellOf = new Map(assignment.gradeCells.map((c) => [c.problemId, c]));
  const problems = assignment.problems.map(({ problem, points }): AssignmentProblemView => {
    const cell = cellOf.get(problem.id);
    return {
      slug: problem.slug,
      title: problem.title,
      points,
      attempts: attemptsOf.get(problem.id) ?? 0,
      grade: cell
        ? {
            score: roundScore(cell.overrideScore ?? cell.computedScore),
            creditPercent: cell.creditPercent,
            late: cell.late,
            submittedAt: cell.submittedAt,
            submissionId: cell.submissionId,
            overrideReason: cell.overrideScore === null ? null : (cell.overrideReason ?? ""),
          }
        : null,
    };
  });
  return {
    course: { slug: course.slug, title: course.title },
    slug: assignment.slug,
    title: assignment.title,
    description: assignment.description,
    counts: assignment.counts,
    isStaff: can(actor, "course.staff", { kind: "course", courseRole }),
    canManage: can(actor, "course.manage", { kind: "course", courseRole }),
    timeline: own,
    extendedDueAt: own.dueAt.getTime() === timeline.dueAt.getTime() ? null : own.dueAt,
    status: assignmentStatus(own, undefined, now),
    problems,
    points: roundScore(problems.reduce((sum, p) => sum + p.points, 0)),
    myScore: roundScore(problems.reduce((sum, p) => sum + (p.grade?.score ?? 0), 0)),
  };
}
