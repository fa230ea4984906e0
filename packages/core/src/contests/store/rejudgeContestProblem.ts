import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import type { JudgeQueue } from "../../queue";
import { requestRejudge } from "../../rejudge/requestRejudge";
import { requireContest } from "./requireContest";

/**
 * The jury judges again every submission to one problem of the contest (not the problem's
 * practice submissions), oldest first. The board follows as the judgings finish; the
 * public board stays frozen meanwhile, so a rejudge during the freeze reveals nothing.
 */
export async function rejudgeContestProblem(
  db: PrismaClient,
  queue: JudgeQueue,
  actor: Actor,
  slug: string,
  label: string,
): Promise<{ total: number; queued: number; contestId: string }> {
  const { contest } = await requireContest(db, actor, slug, "contest.jury");
  const problem = await db.contestProblem.findFirst({ where: { contestId: contest.id, label } });
  if (!problem) {
    throw new AppError("bad_request", `Problem "${label}" is not part of this contest.`, {
      reason: "problem_unknown",
      field: "problem",
    });
  }
  const submissions = await db.submission.findMany({
    where: { contestId: contest.id, problemId: problem.problemId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  let queued = 0;
  // One at a time so the rejudges run in submission order (FIFO in the rejudge tier).
  for (const { id } of submissions) if ((await requestRejudge(db, queue, id)) === "queued") queued++;
  return { total: submissions.length, queued, contestId: contest.id };
}
