import type { SubmissionStatus, Verdict } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { z } from "zod";
import type { Actor } from "../../permissions/can";
import { contestTimes } from "./contestClock";
import { requireContest } from "./requireContest";

/** The jury's filters; a participant's list is always their own team's. */
export const contestSubmissionFiltersSchema = z.object({
  problem: z.string().max(10).optional(),
  participant: z.string().max(64).optional(),
  verdict: z.enum(["AC", "WA", "TLE", "MLE", "RE", "OLE", "CE", "IE"]).optional(),
});
export type ContestSubmissionFilters = z.infer<typeof contestSubmissionFiltersSchema>;

export interface ContestSubmissionRow {
  id: string;
  label: string;
  participant: { id: string; name: string; virtual: boolean } | null;
  author: string;
  language: string;
  status: SubmissionStatus;
  verdict: Verdict | null;
  score: number | null;
  createdAt: Date;
  /** Made at or after the official end: judged, never counted. */
  upsolving: boolean;
}

/**
 * A contest's submissions, newest first: all of them (filtered) for the jury; the viewer's
 * own rows' (their team's included) for a participant — whose own verdicts are theirs to
 * see even during the freeze (`canSeeVerdict`).
 */
export async function listContestSubmissions(
  db: PrismaClient,
  actor: Actor,
  slug: string,
  filters: ContestSubmissionFilters = {},
  take = 200,
): Promise<ContestSubmissionRow[]> {
  const { contest, isJury } = await requireContest(db, actor, slug, "contest.view");
  const labels = await db.contestProblem.findMany({
    where: { contestId: contest.id },
    select: { problemId: true, label: true },
  });
  const problemId = filters.problem ? (labels.find((l) => l.label === filters.problem)?.problemId ?? "-") : undefined;
  const rows = await db.submission.findMany({
    where: {
      contestId: contest.id,
      ...(isJury
        ? {
            ...(problemId ? { problemId } : {}),
            ...(filters.participant ? { participantId: filters.participant } : {}),
            ...(filters.verdict ? { verdict: filters.verdict } : {}),
          }
        : { participant: { members: { some: { userId: actor.id } } } }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      problemId: true,
      language: true,
      status: true,
      verdict: true,
      score: true,
      createdAt: true,
      user: { select: { name: true } },
      participant: { select: { id: true, name: true, virtual: true } },
    },
  });
  const labelOf = new Map(labels.map((l) => [l.problemId, l.label]));
  const { endMs } = contestTimes(contest);
  return rows.map((s) => ({
    id: s.id,
    label: labelOf.get(s.problemId) ?? "?",
    participant: s.participant,
    author: s.user.name,
    language: s.language,
    status: s.status,
    // A verdict is only final once judging is done (a rejudge keeps the old one meanwhile).
    verdict: s.status === "done" ? s.verdict : null,
    score: s.status === "done" ? s.score : null,
    createdAt: s.createdAt,
    upsolving: !s.participant?.virtual && s.createdAt.getTime() >= endMs,
  }));
}
