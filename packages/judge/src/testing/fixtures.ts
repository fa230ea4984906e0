import { randomUUID } from "node:crypto";
import { storeTestCaseFile } from "@arbiter/core/testFiles";
import type { PrismaClient } from "@arbiter/db/client";

/** An A+B problem with two sample and three secret tests, unique per call. */
export async function createAplusbProblem(
  db: PrismaClient,
  options: { timeLimitMs?: number; memoryLimitMb?: number } = {},
) {
  const tests = [
    ["1 2\n", "3\n", true],
    ["-5 5\n", "0\n", true],
    ["1000000000 1000000000\n", "2000000000\n", false],
    ["-7\n\n  -8\n", "-15\n", false],
    ["123456789 987654321\n", "1111111110\n", false],
  ] as const;
  const files = await Promise.all(tests.map(([input, answer]) => storeTestCaseFile(db, input, answer)));
  return db.problem.create({
    data: {
      slug: `aplusb-${randomUUID().slice(0, 8)}`,
      title: "A+B",
      timeLimitMs: options.timeLimitMs ?? 1000,
      memoryLimitMb: options.memoryLimitMb ?? 128,
      testCases: {
        create: tests.map(([, , isSample], i) => ({
          index: i + 1,
          name: `${isSample ? "sample" : "secret"}/${i + 1}`,
          isSample,
          ...files[i]!,
        })),
      },
    },
  });
}

export async function createStudent(db: PrismaClient) {
  return db.user.create({
    data: { email: `student-${randomUUID()}@test.local`, name: "Test Student", role: "student" },
  });
}

/** Deletes what the fixtures created (submissions first: they do not cascade from problems). */
export async function removeFixtures(db: PrismaClient, ids: { problemId?: string; userId?: string }): Promise<void> {
  if (ids.problemId) {
    await db.submission.deleteMany({ where: { problemId: ids.problemId } });
    await db.problem.deleteMany({ where: { id: ids.problemId } });
  }
  if (ids.userId) {
    await db.submission.deleteMany({ where: { userId: ids.userId } });
    await db.user.deleteMany({ where: { id: ids.userId } });
  }
}
