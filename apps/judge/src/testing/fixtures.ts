import { randomUUID } from "node:crypto";
import { storeTestCaseFile } from "@arbiter/core/testFiles";
import type { PrismaClient } from "@arbiter/db/client";

/** A+B tests: [input, answer]; the first two are samples. */
export const APLUSB_TESTS: [string, string][] = [
  ["1 2\n", "3\n"],
  ["-5 5\n", "0\n"],
  ["1000000000 1000000000\n", "2000000000\n"],
  ["-7 -8\n", "-15\n"],
  ["123456789 987654321\n", "1111111110\n"],
];

export const PYTHON_APLUSB = "a, b = map(int, open(0).read().split())\nprint(a + b)\n";

/** A correct A+B that sleeps first: `seconds` of wall time per test, no CPU time. */
export function slowPythonAplusb(seconds: number): string {
  return `import time\ntime.sleep(${seconds})\na, b = map(int, open(0).read().split())\nprint(a + b)\n`;
}

/** A unique A+B problem with the given tests (default: 5, two of them samples). */
export async function createProblem(
  db: PrismaClient,
  options: { tests?: [string, string][]; timeLimitMs?: number } = {},
) {
  const tests = options.tests ?? APLUSB_TESTS;
  const files = await Promise.all(tests.map(([input, answer]) => storeTestCaseFile(db, input, answer)));
  return db.problem.create({
    data: {
      slug: `queue-${randomUUID().slice(0, 8)}`,
      title: "A+B (queue tests)",
      timeLimitMs: options.timeLimitMs ?? 1000,
      memoryLimitMb: 128,
      testCases: {
        create: tests.map((_, i) => ({
          index: i + 1,
          name: `${i < 2 ? "sample" : "secret"}/${i + 1}`,
          isSample: i < 2,
          ...files[i]!,
        })),
      },
    },
  });
}

export async function createUser(db: PrismaClient, role: "student" | "admin" = "student") {
  return db.user.create({ data: { email: `queue-${randomUUID()}@test.local`, name: "Queue Test", role } });
}

/** Stores a submission row the way createSubmission does (the caller enqueues it). */
export async function storeSubmission(
  db: PrismaClient,
  row: { userId: string; problemId: string; source?: string; language?: string; context?: "practice" | "contest" },
) {
  const contest = row.context === "contest" ? await contestEntry(db, row.userId) : null;
  return db.submission.create({
    data: {
      userId: row.userId,
      problemId: row.problemId,
      language: row.language ?? "python3",
      source: row.source ?? PYTHON_APLUSB,
      context: row.context ?? "practice",
      ...(contest ?? {}),
    },
  });
}

/** A running contest with the user as its only participant, for a submission made in it. */
async function contestEntry(db: PrismaClient, userId: string): Promise<{ contestId: string; participantId: string }> {
  const contest = await db.contest.create({
    data: {
      slug: `fixture-${randomUUID().slice(0, 8)}`,
      title: "Fixture contest",
      format: "icpc",
      startsAt: new Date(Date.now() - 60_000),
      durationMinutes: 60,
    },
  });
  const participant = await db.contestParticipant.create({
    data: { contestId: contest.id, name: "fixture", members: { create: { userId, contestId: contest.id } } },
  });
  return { contestId: contest.id, participantId: participant.id };
}

/** Deletes what the fixtures created: submissions and custom runs first (they do not cascade from problems). */
export async function removeFixtures(
  db: PrismaClient,
  ids: { problemIds?: string[]; userIds?: string[] },
): Promise<void> {
  const problemIds = ids.problemIds ?? [];
  const userIds = ids.userIds ?? [];
  await db.submission.deleteMany({ where: { OR: [{ problemId: { in: problemIds } }, { userId: { in: userIds } }] } });
  await db.contest.deleteMany({
    where: { participants: { some: { members: { some: { userId: { in: userIds } } } } } },
  });
  await db.customRun.deleteMany({ where: { OR: [{ problemId: { in: problemIds } }, { userId: { in: userIds } }] } });
  await db.problem.deleteMany({ where: { id: { in: problemIds } } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
}
