import type { PrismaClient } from "@arbiter/db/client";
import type { Actor } from "../../permissions/can";
import { classifySubmission } from "../timing/classifySubmission";
import { participantWindow } from "../timing/participantWindow";
import { contestSchedule } from "./contestClock";
import { toOverrideView, type VerdictOverrideView } from "./overrideContestVerdict";
import { requireContest } from "./requireContest";

export interface SubmissionContestPlace {
  contest: { slug: string; title: string };
  label: string | null;
  /** Made after the participant's window closed: judged, never counted. */
  upsolving: boolean;
  /** Made on a virtual replay's row. */
  virtual: boolean;
  /** For the contest's jury: whether a verdict may be overridden, and the overrides so far (newest first). */
  jury: { canOverride: boolean; overrides: VerdictOverrideView[] } | null;
}

/**
 * The contest a submission was made in, as its page explains it (recomputed from the
 * stored row, so the upsolving notice survives the redirect after submitting and cannot be
 * forged through the URL). Null for a submission outside contests. The caller has already
 * checked that `viewer` may see the submission; this reads nothing secret beyond that.
 */
export async function getSubmissionContestPlace(
  db: PrismaClient,
  viewer: Actor,
  submissionId: string,
): Promise<SubmissionContestPlace | null> {
  const s = await db.submission.findUnique({
    where: { id: submissionId },
    select: {
      createdAt: true,
      status: true,
      problemId: true,
      contest: { include: { problems: { select: { problemId: true, label: true } } } },
      participant: { select: { startedAt: true, virtual: true } },
    },
  });
  if (!s?.contest || !s.participant) return null;
  const window = participantWindow(contestSchedule(s.contest), {
    startedAtMs: s.participant.startedAt?.getTime() ?? null,
    virtual: s.participant.virtual,
  });
  const { isJury } = await requireContest(db, viewer, s.contest.slug, "contest.view");
  const overrides = isJury
    ? await db.verdictOverride.findMany({
        where: { submissionId },
        orderBy: { createdAt: "desc" },
        include: { by: { select: { name: true } } },
      })
    : [];
  return {
    jury: isJury
      ? { canOverride: s.contest.format === "icpc" && s.status === "done", overrides: overrides.map(toOverrideView) }
      : null,
    contest: { slug: s.contest.slug, title: s.contest.title },
    label: s.contest.problems.find((p) => p.problemId === s.problemId)?.label ?? null,
    upsolving: classifySubmission(window, s.createdAt.getTime()) === "upsolving",
    virtual: s.participant.virtual,
  };
}
