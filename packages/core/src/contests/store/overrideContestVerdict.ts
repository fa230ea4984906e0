import type { Verdict } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { scoringSchema } from "@arbiter/shared";
import { z } from "zod";
import { AppError } from "../../errors";
import type { SubmissionLifecycle } from "../../lifecycle/submissionLifecycle";
import type { Actor } from "../../permissions/can";
import { scoreScale } from "../../submissions/scoreScale";
import { parseRequest } from "../../zodMessages";
import { requireContest } from "./requireContest";

export const verdictOverrideSchema = z.object({
  /** IE is the judge's own failure, never a verdict the jury gives. */
  verdict: z.enum(["AC", "WA", "TLE", "MLE", "RE", "OLE", "CE"]),
  reason: z.string().trim().min(3, "must say why (at least 3 characters)").max(1000),
});

export interface VerdictOverrideView {
  id: string;
  submissionId: string;
  by: string | null;
  oldVerdict: Verdict | null;
  newVerdict: Verdict;
  reason: string;
  createdAt: string;
}

/**
 * The jury sets a contest submission's verdict by hand, with a reason; audited (who, when,
 * old → new). The board, the live streams and the CCS judgements follow, since the verdict
 * is a judging of its own. ICPC contests only: an IOI score is per subtask, which a verdict
 * cannot say — rejudge there instead. A later rejudge replaces the override, as in DOMjudge.
 */
export async function overrideContestVerdict(
  db: PrismaClient,
  lifecycle: Pick<SubmissionLifecycle, "overrideVerdict">,
  actor: Actor,
  slug: string,
  submissionId: string,
  body: unknown,
  now: Date = new Date(),
): Promise<VerdictOverrideView> {
  const { contest } = await requireContest(db, actor, slug, "contest.jury");
  const input = parseRequest(verdictOverrideSchema, body);
  const submission = await db.submission.findFirst({
    where: { id: submissionId, contestId: contest.id },
    select: { id: true, problem: { select: { scoring: true, testGroups: { select: { name: true, points: true } } } } },
  });
  if (!submission) throw new AppError("not_found", "There is no such submission in this contest.");
  if (contest.format !== "icpc") {
    throw new AppError("conflict", "Verdicts can be overridden in ICPC contests only; rejudge instead.", {
      reason: "override_not_supported",
    });
  }
  const max = scoreScale(scoringSchema.parse(submission.problem.scoring), submission.problem.testGroups).max;
  const { judgingId } = await lifecycle.overrideVerdict(submission.id, {
    verdict: input.verdict,
    score: input.verdict === "AC" ? max : 0,
    byId: actor.id,
    reason: input.reason,
    now,
  });
  const row = await db.verdictOverride.findUniqueOrThrow({
    where: { judgingId },
    include: { by: { select: { name: true } } },
  });
  return toOverrideView(row);
}

/** Every override in the contest, newest first (the jury's audit). */
export async function listVerdictOverrides(
  db: PrismaClient,
  actor: Actor,
  slug: string,
): Promise<VerdictOverrideView[]> {
  const { contest } = await requireContest(db, actor, slug, "contest.jury");
  const rows = await db.verdictOverride.findMany({
    where: { submission: { contestId: contest.id } },
    orderBy: { createdAt: "desc" },
    include: { by: { select: { name: true } } },
  });
  return rows.map(toOverrideView);
}

/** An audit row as pages and the API show it. */
export function toOverrideView(row: {
  id: string;
  submissionId: string;
  by: { name: string } | null;
  oldVerdict: Verdict | null;
  newVerdict: Verdict;
  reason: string;
  createdAt: Date;
}): VerdictOverrideView {
  return {
    id: row.id,
    submissionId: row.submissionId,
    by: row.by?.name ?? null,
    oldVerdict: row.oldVerdict,
    newVerdict: row.newVerdict,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
  };
}
