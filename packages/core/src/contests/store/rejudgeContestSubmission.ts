import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import type { Actor } from "../../permissions/can";
import type { JudgeQueue } from "../../queue";
import { requestRejudge } from "../../rejudge/requestRejudge";
import { requireContest } from "./requireContest";

/** The jury rejudges one submission of the contest (a submission of another contest is 404 here). */
export async function rejudgeContestSubmission(
  db: PrismaClient,
  queue: JudgeQueue,
  actor: Actor,
  slug: string,
  submissionId: string,
): Promise<{ contestId: string }> {
  const { contest } = await requireContest(db, actor, slug, "contest.jury");
  const found = await db.submission.findFirst({
    where: { id: submissionId, contestId: contest.id },
    select: { id: true },
  });
  if (!found) throw new AppError("not_found", "No such submission in this contest.");
  await requestRejudge(db, queue, submissionId);
  return { contestId: contest.id };
}
