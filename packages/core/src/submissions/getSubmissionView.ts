import type { User } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { languageIdSchema, type SubmissionView } from "@arbiter/shared";
import { AppError } from "../errors";

type Viewer = Pick<User, "id" | "role">;

/** Staff may read every submission; students only their own. */
export function canViewSubmission(viewer: Viewer, ownerId: string): boolean {
  return viewer.role !== "student" || viewer.id === ownerId;
}

/**
 * The public view of a submission and its newest judging. Hidden tests appear with
 * verdict, time and memory only: no input, output or answer ever leaves here.
 */
export async function getSubmissionView(db: PrismaClient, viewer: Viewer, id: string): Promise<SubmissionView> {
  const submission = await db.submission.findUnique({
    where: { id },
    include: {
      problem: { select: { slug: true } },
      judgings: {
        orderBy: { startedAt: "desc" },
        take: 1,
        include: { results: { orderBy: { index: "asc" }, include: { testCase: { select: { isSample: true } } } } },
      },
    },
  });
  if (!submission || !canViewSubmission(viewer, submission.userId)) {
    throw new AppError("not_found", "No such submission.");
  }
  const judging = submission.judgings[0];
  return {
    id: submission.id,
    problem: submission.problem.slug,
    language: languageIdSchema.parse(submission.language),
    status: submission.status,
    verdict: submission.status === "done" ? submission.verdict : null,
    score: submission.status === "done" ? submission.score : null,
    compileOutput: judging?.compileOutput ?? null,
    createdAt: submission.createdAt.toISOString(),
    tests: (judging?.results ?? []).map((r) => ({
      index: r.index,
      verdict: r.verdict,
      timeMs: r.timeMs,
      memoryKb: r.memoryKb,
      sample: r.testCase.isSample,
    })),
  };
}
