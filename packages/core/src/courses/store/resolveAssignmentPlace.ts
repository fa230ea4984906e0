import { parseAssignmentRef } from "@arbiter/shared";
import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import { can, type Actor } from "../../permissions/can";
import { classifySubmission } from "../classifySubmission";
import { assignmentTimeline } from "./assignmentTimeline";
import { studentExtensions } from "./studentExtensions";

export interface AssignmentPlace {
  assignmentId: string;
  problemId: string;
  /** Said to the student with the result: late credit, or "judged as practice". */
  notice: string | null;
}

/**
 * Where a submission to "{course}/{assignment}" goes, decided by `now` (its creation time):
 * 404 for an unknown assignment, 403 for someone not enrolled, 400 for a problem outside
 * it, 409 when it is not open yet or closed. Judged-as-practice submissions still name the
 * assignment; their time decides, later, that they never count.
 */
export async function resolveAssignmentPlace(
  db: PrismaClient,
  actor: Actor,
  ref: string,
  problemSlug: string,
  now: Date,
): Promise<AssignmentPlace> {
  const { course: courseSlug, assignment: assignmentSlug } = parseAssignmentRef(ref);
  const assignment = await db.assignment.findFirst({
    where: { slug: assignmentSlug, course: { slug: courseSlug, archivedAt: null } },
    include: {
      course: { select: { members: { where: { userId: actor.id, droppedAt: null } } } },
      problems: { where: { problem: { slug: problemSlug } }, select: { problemId: true } },
    },
  });
  if (!assignment) {
    throw new AppError("not_found", `There is no assignment "${ref}".`, {
      reason: "assignment_unknown",
      field: "assignment",
    });
  }
  const member = assignment.course.members[0] ?? null;
  if (!can(actor, "course.submit", { kind: "course", courseRole: member?.role ?? null })) {
    throw new AppError("forbidden", "You are not enrolled in this course.", { reason: "not_enrolled" });
  }
  const problemId = assignment.problems[0]?.problemId;
  if (!problemId) {
    throw new AppError("bad_request", `Problem "${problemSlug}" is not part of this assignment.`, {
      reason: "problem_not_in_assignment",
      field: "problem",
    });
  }
  const extensions = await studentExtensions(db, assignment.id, actor.id, member?.sectionId ?? null);
  const decision = classifySubmission(assignmentTimeline(assignment), extensions, now);
  if (decision.outcome === "refused") {
    throw new AppError("conflict", decision.message, {
      reason: decision.reason === "not_open" ? "assignment_not_open" : "assignment_closed",
    });
  }
  return { assignmentId: assignment.id, problemId, notice: decision.message };
}
