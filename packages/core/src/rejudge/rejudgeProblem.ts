import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../errors";
import type { JudgeQueue } from "../queue";
import { requestRejudge } from "./requestRejudge";

export interface ProblemRejudge {
  /** Submissions of the problem. */
  total: number;
  /** New rejudge jobs enqueued. */
  queued: number;
  /** Submissions whose pending judging will do (not started yet). */
  coalesced: number;
}

/**
 * Judges every submission of a problem again, oldest first, in the rejudge tier (after
 * all new work), e.g. after its tests or checker changed. Each becomes its own Judging
 * with reason "rejudge"; see requestRejudge for status and verdict meanwhile.
 */
export async function rejudgeProblem(db: PrismaClient, queue: JudgeQueue, slug: string): Promise<ProblemRejudge> {
  const problem = await db.problem.findUnique({ where: { slug }, select: { id: true } });
  if (!problem) throw new AppError("not_found", `There is no problem called "${slug}".`);
  const submissions = await db.submission.findMany({
    where: { problemId: problem.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const result: ProblemRejudge = { total: submissions.length, queued: 0, coalesced: 0 };
  // One at a time, so the rejudges are judged in submission order (FIFO within the tier);
  // a few ms each, so thousands of submissions take seconds.
  for (const { id } of submissions) result[await requestRejudge(db, queue, id)]++;
  return result;
}
