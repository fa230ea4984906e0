import type { Contest } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { scoringSchema } from "@arbiter/shared";
import { scoreScale } from "../../../submissions/scoreScale";
import type { CcsSnapshot } from "../../ccs/snapshot";
import { classifySubmission } from "../../timing/classifySubmission";
import { participantWindow } from "../../timing/participantWindow";
import { contestSchedule, contestTimes } from "../contestClock";

/**
 * The contest as the CCS API derives everything from, read from PostgreSQL. Only official
 * teams and the submissions that count (inside their window) are in it: upsolving and
 * virtual replays are no part of the contest the CCS describes.
 */
export async function loadCcsSnapshot(db: PrismaClient, contest: Contest): Promise<CcsSnapshot> {
  const [problems, teams, submissions, clarifications] = await Promise.all([
    db.contestProblem.findMany({
      where: { contestId: contest.id },
      orderBy: { position: "asc" },
      include: {
        problem: {
          select: {
            slug: true,
            title: true,
            timeLimitMs: true,
            scoring: true,
            testGroups: { select: { name: true, points: true } },
            _count: { select: { testCases: true } },
          },
        },
      },
    }),
    db.contestParticipant.findMany({ where: { contestId: contest.id, virtual: false }, orderBy: { createdAt: "asc" } }),
    db.submission.findMany({
      where: { contestId: contest.id, participant: { virtual: false } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        participantId: true,
        problemId: true,
        language: true,
        createdAt: true,
        judgings: {
          orderBy: { startedAt: "asc" },
          select: {
            id: true,
            startedAt: true,
            finishedAt: true,
            verdict: true,
            score: true,
            results: { orderBy: { index: "asc" }, select: { index: true, verdict: true, timeMs: true } },
          },
        },
      },
    }),
    db.clarification.findMany({ where: { contestId: contest.id }, orderBy: { createdAt: "asc" } }),
  ]);
  const schedule = contestSchedule(contest);
  const windows = new Map(
    teams.map((t) => [
      t.id,
      participantWindow(schedule, { startedAtMs: t.startedAt?.getTime() ?? null, virtual: false }),
    ]),
  );
  const slugOf = new Map(problems.map((p) => [p.problemId, p.problem.slug]));
  const counted = submissions.filter(
    (s) =>
      s.participantId !== null &&
      slugOf.has(s.problemId) &&
      classifySubmission(windows.get(s.participantId) ?? null, s.createdAt.getTime()) === "counted",
  );
  return {
    contest: ccsSnapshotContest(contest),
    problems: problems.map((cp, i) => ({
      id: cp.problem.slug,
      label: cp.label,
      name: cp.problem.title,
      ordinal: i,
      rgb: cp.color,
      timeLimitMs: cp.problem.timeLimitMs,
      testDataCount: cp.problem._count.testCases,
      maxScore: scoreScale(scoringSchema.parse(cp.problem.scoring), cp.problem.testGroups).max,
    })),
    teams: teams.map((t, i) => ({ id: t.id, label: String(i + 1), name: t.name, createdAtMs: t.createdAt.getTime() })),
    submissions: counted.map((s) => ({
      id: s.id,
      teamId: s.participantId ?? "",
      problemId: slugOf.get(s.problemId) ?? "",
      languageId: s.language,
      createdAtMs: s.createdAt.getTime(),
    })),
    judgings: counted.flatMap((s) =>
      s.judgings.map((j) => ({
        id: j.id,
        submissionId: s.id,
        startedAtMs: j.startedAt.getTime(),
        finishedAtMs: j.finishedAt?.getTime() ?? null,
        verdict: j.verdict,
        score: j.score,
        runs: j.results.map((r) => ({ ordinal: r.index, verdict: r.verdict, timeMs: r.timeMs })),
      })),
    ),
    clarifications: clarifications.map((c) => ({
      id: c.id,
      fromTeamId: c.participantId,
      problemId: c.problemId ? (slugOf.get(c.problemId) ?? null) : null,
      text: c.text,
      createdAtMs: c.createdAt.getTime(),
      answer: c.answer,
      answeredAtMs: c.answeredAt?.getTime() ?? null,
      toAll: c.toAll,
    })),
  };
}

/** The contest part of a snapshot, from the row alone. */
export function ccsSnapshotContest(contest: Contest): CcsSnapshot["contest"] {
  return {
    id: contest.slug,
    name: contest.title,
    format: contest.format,
    // A contest re-hosted with a start in the past existed, for the feed, from its start.
    createdAtMs: Math.min(contest.createdAt.getTime(), contest.startsAt.getTime()),
    penaltyMinutes: contest.penaltyMinutes,
    thawedAtMs: contest.thawedAt?.getTime() ?? null,
    thawAtMs: contest.thawAt?.getTime() ?? null,
    times: contestTimes(contest),
  };
}
