import type { Contest } from "@arbiter/db";
import type { PrismaClient } from "@arbiter/db/client";
import { scoringSchema } from "@arbiter/shared";
import { scoreScale } from "../../submissions/scoreScale";
import type { ContestJournal, JournalProblem, JournalSubmission } from "../journal";
import { classifySubmission, contestTimeMs } from "../timing/classifySubmission";
import { participantWindow } from "../timing/participantWindow";
import { contestSchedule } from "./contestClock";

interface GroupScoreRow {
  submissionId: string;
  groupName: string;
  passed: boolean;
}

/**
 * Everything a contest's board is computed from, read from PostgreSQL alone (never from a
 * cache), so a board after a worker crash, a Redis restart or a rejudge is the board the
 * database implies. Only submissions inside each participant's window are in it.
 */
export async function loadContestJournal(db: PrismaClient, contest: Contest): Promise<ContestJournal> {
  const [participants, problems, submissions] = await Promise.all([
    db.contestParticipant.findMany({ where: { contestId: contest.id }, orderBy: { createdAt: "asc" } }),
    db.contestProblem.findMany({
      where: { contestId: contest.id },
      orderBy: { position: "asc" },
      include: {
        problem: {
          select: {
            slug: true,
            scoring: true,
            testGroups: { select: { name: true, points: true }, orderBy: { index: "asc" } },
          },
        },
      },
    }),
    db.submission.findMany({
      where: { contestId: contest.id },
      select: {
        id: true,
        participantId: true,
        problemId: true,
        createdAt: true,
        status: true,
        verdict: true,
        score: true,
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const schedule = contestSchedule(contest);
  const windows = new Map(
    participants.map((p) => [
      p.id,
      participantWindow(schedule, { startedAtMs: p.startedAt?.getTime() ?? null, virtual: p.virtual }),
    ]),
  );
  const journalProblems = problems.map((cp): JournalProblem & { problemId: string; maxPoints: number } => {
    const subtasks = contest.format === "ioi" ? cp.problem.testGroups.filter((g) => g.points > 0) : [];
    const scale = scoreScale(scoringSchema.parse(cp.problem.scoring), cp.problem.testGroups);
    return {
      label: cp.label,
      id: cp.problem.slug,
      problemId: cp.problemId,
      maxPoints: scale.max,
      maxScore: contest.format === "ioi" && subtasks.length > 0 ? scale.max : 100,
      subtasks: subtasks.map((g) => ({ name: g.name, maxScore: g.points })),
    };
  });
  const byProblemId = new Map(journalProblems.map((p) => [p.problemId, p]));
  const groupScores =
    contest.format === "ioi" ? await loadGroupScores(db, contest.id) : new Map<string, Map<string, boolean>>();

  const journalSubmissions: JournalSubmission[] = [];
  for (const s of submissions) {
    const window = s.participantId ? (windows.get(s.participantId) ?? null) : null;
    const problem = byProblemId.get(s.problemId);
    if (!window || !problem || !s.participantId) continue;
    if (classifySubmission(window, s.createdAt.getTime()) !== "counted") continue;
    const judged = s.status === "done" && s.verdict !== null;
    const groups = groupScores.get(s.id);
    journalSubmissions.push({
      id: s.id,
      participantId: s.participantId,
      problemLabel: problem.label,
      timeMs: contestTimeMs(window, s.createdAt.getTime()),
      status: judged ? "judged" : "pending",
      verdict: judged ? s.verdict : null,
      score: judged ? Math.min(100, ((s.score ?? 0) / problem.maxPoints) * 100) : 0,
      ...(groups && problem.subtasks.length > 0
        ? { subtaskScores: problem.subtasks.map((st) => (groups.get(st.name) ? st.maxScore : 0)) }
        : {}),
    });
  }
  return {
    participants: participants.map((p) => ({
      id: p.id,
      name: p.name,
      startedAtMs: p.startedAt?.getTime() ?? null,
      virtual: p.virtual,
    })),
    problems: journalProblems.map(({ label, id, maxScore, subtasks }) => ({ label, id, maxScore, subtasks })),
    submissions: journalSubmissions,
  };
}

/**
 * Which groups each submission's newest finished judging passed entirely (IOI subtasks:
 * a group scores only when all its tests pass, as the judge scores it).
 */
async function loadGroupScores(db: PrismaClient, contestId: string): Promise<Map<string, Map<string, boolean>>> {
  const rows = await db.$queryRaw<GroupScoreRow[]>`
    SELECT s.id AS "submissionId", g.name AS "groupName",
           (count(r.id) = (SELECT count(*) FROM "TestCase" t2 WHERE t2."groupId" = g.id)
            AND bool_and(r.verdict = 'AC')) AS passed
      FROM "Submission" s
      JOIN LATERAL (
        SELECT id FROM "Judging" WHERE "submissionId" = s.id AND "finishedAt" IS NOT NULL
         ORDER BY "startedAt" DESC LIMIT 1
      ) j ON true
      JOIN "TestResult" r ON r."judgingId" = j.id
      JOIN "TestCase" t ON t.id = r."testCaseId"
      JOIN "TestGroup" g ON g.id = t."groupId"
     WHERE s."contestId" = ${contestId} AND g.points > 0
     GROUP BY s.id, g.id, g.name`;
  const out = new Map<string, Map<string, boolean>>();
  for (const row of rows) {
    const groups = out.get(row.submissionId) ?? new Map<string, boolean>();
    groups.set(row.groupName, row.passed);
    out.set(row.submissionId, groups);
  }
  return out;
}
