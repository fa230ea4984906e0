import type { PrismaClient } from "@arbiter/db/client";
import type { Actor } from "../../permissions/can";
import { requireSubmissionAccess } from "../../submissions/access";
import { classifySubmission } from "../classifySubmission";
import { assignmentTimeline } from "./assignmentTimeline";
import { studentExtensions } from "./studentExtensions";

export interface SubmissionPlace {
  course: { slug: string; title: string };
  assignment: { slug: string; title: string };
  /** "counted" at `creditPercent`, or "practice" (judged, never counted). */
  outcome: "counted" | "practice";
  creditPercent: number | null;
  /** The sentence the student read when submitting: late credit or "judged as practice". */
  notice: string | null;
}

/**
 * The assignment a submission was made for, and what its time meant for its credit
 * (the owner's extensions applied, as when it was made): the result page says it again,
 * so the notice survives a reload. Null for practice submissions. Same access rule as
 * the submission itself (`not_found` otherwise).
 */
export async function getSubmissionPlace(db: PrismaClient, viewer: Actor, id: string): Promise<SubmissionPlace | null> {
  await requireSubmissionAccess(db, viewer, id);
  const row = await db.submission.findUnique({
    where: { id },
    select: {
      userId: true,
      createdAt: true,
      assignment: {
        include: {
          course: {
            select: { id: true, slug: true, title: true },
          },
        },
      },
    },
  });
  const assignment = row?.assignment;
  if (!row || !assignment) return null;
  const member = await db.courseMember.findUnique({
    where: { courseId_userId: { courseId: assignment.course.id, userId: row.userId } },
    select: { sectionId: true },
  });
  const extensions = await studentExtensions(db, assignment.id, row.userId, member?.sectionId ?? null);
  const decision = classifySubmission(assignmentTimeline(assignment), extensions, row.createdAt);
  return {
    course: { slug: assignment.course.slug, title: assignment.course.title },
    assignment: { slug: assignment.slug, title: assignment.title },
    // A stored submission was never refused; "refused" cannot occur for one, read it as practice.
    outcome: decision.outcome === "counted" ? "counted" : "practice",
    creditPercent: decision.outcome === "counted" ? decision.credit.percent : null,
    notice: decision.message,
  };
}
