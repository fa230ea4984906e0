import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import { requireSimilarityStaff, type SimilarityPlace } from "./similarityAccess";

export interface SimilarityTarget {
  place: SimilarityPlace;
  problemId: string;
}

/**
 * The assignment ("{course}/{assignment}") or contest and the problem a check is asked
 * for: 404 for an unknown place, 403 for anyone but its staff, 400 for a problem outside it.
 * A contest problem may be named by slug or by its letter.
 */
export async function resolveSimilarityTarget(
  db: PrismaClient,
  actor: Actor,
  request: { assignment?: string | undefined; contest?: string | undefined; problem: string },
): Promise<SimilarityTarget> {
  if (request.assignment !== undefined) {
    const [courseSlug = "", assignmentSlug = ""] = request.assignment.split("/");
    const assignment = await db.assignment.findFirst({
      where: { slug: assignmentSlug, course: { slug: courseSlug } },
      select: { id: true, problems: { where: { problem: { slug: request.problem } }, select: { problemId: true } } },
    });
    if (!assignment) {
      throw new AppError("not_found", `There is no assignment "${request.assignment}".`, {
        reason: "assignment_unknown",
        field: "assignment",
      });
    }
    const place = { assignmentId: assignment.id };
    await requireSimilarityStaff(db, actor, place);
    const problemId = assignment.problems[0]?.problemId;
    if (!problemId) throw notInPlace(request.problem, "assignment");
    return { place, problemId };
  }
  const contest = await db.contest.findUnique({
    where: { slug: request.contest ?? "" },
    select: {
      id: true,
      problems: {
        where: { OR: [{ problem: { slug: request.problem } }, { label: request.problem }] },
        select: { problemId: true },
      },
    },
  });
  if (!contest) {
    throw new AppError("not_found", `There is no contest called "${request.contest ?? ""}".`, {
      reason: "contest_unknown",
      field: "contest",
    });
  }
  const place = { contestId: contest.id };
  await requireSimilarityStaff(db, actor, place);
  const problemId = contest.problems[0]?.problemId;
  if (!problemId) throw notInPlace(request.problem, "contest");
  return { place, problemId };
}

function notInPlace(problem: string, where: "assignment" | "contest"): AppError {
  return new AppError("bad_request", `Problem "${problem}" is not part of this ${where}.`, {
    reason: where === "assignment" ? "problem_not_in_assignment" : "problem_unknown",
    field: "problem",
  });
}
