import { randomBytes } from "node:crypto";
import path from "node:path";
import { createApiToken, createSession, importProblemPackage } from "@arbiter/core";
import { TEST_FILE_CHUNK_BYTES, readTestFileHeads } from "@arbiter/core/testFiles";
import type { PrismaClient } from "@arbiter/db/client";

/** The demo A+B package: a real statement (Markdown, math) and 2 sample + 8 hidden tests. */
const DEMO_PACKAGE = path.resolve(import.meta.dirname, "../../../infra/demo/problems/aplusb");

/** A C++ solution of realistic length, so the submission page highlights something real. */
const BENCH_SOURCE = `#include <bits/stdc++.h>
using namespace std;

// Reads pairs of integers and prints their sums, one per line.
using i64 = long long;

static i64 parse(const string& token) {
    i64 sign = 1, value = 0;
    size_t i = 0;
    if (!token.empty() && (token[0] == '-' || token[0] == '+')) {
        sign = token[0] == '-' ? -1 : 1;
        i = 1;
    }
    for (; i < token.size(); ++i) value = value * 10 + (token[i] - '0');
    return sign * value;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    vector<i64> numbers;
    string token;
    while (cin >> token) numbers.push_back(parse(token));
    i64 total = 0;
    for (i64 x : numbers) total += x;
    /* A block comment
       over two lines. */
    cout << total << "\\n";
    return 0;
}
`;

export interface BenchFixtures {
  run: string;
  slug: string;
  /** The student whose pages are loaded: a session cookie and an API token. */
  cookie: string;
  token: string;
  userId: string;
  /** A finished submission with 10 results, 2 of them samples with kept output. */
  judgedSubmissionId: string;
  /** Throwaway students (each has its own submit rate limit and live-stream allowance). */
  students: { userId: string; token: string }[];
  cleanUp(): Promise<void>;
}

/**
 * Everything the benchmark needs, in the real database under names unique to this run,
 * and a `cleanUp` that deletes all of it (submissions first: they reference the rest).
 */
export async function createBenchFixtures(db: PrismaClient, submitUsers: number): Promise<BenchFixtures> {
  const run = `${new Date().toISOString().slice(0, 10)}-${randomBytes(3).toString("hex")}`;
  const slug = `bench-web-${run}`;
  const userIds: string[] = [];
  let problemId: string | undefined;

  const cleanUp = async () => {
    await db.submission.deleteMany({
      where: { OR: [{ userId: { in: userIds } }, ...(problemId ? [{ problemId }] : [])] },
    });
    if (problemId) await db.problem.deleteMany({ where: { id: problemId } });
    // Sessions and tokens go with their users (onDelete: Cascade).
    await db.user.deleteMany({ where: { id: { in: userIds } } });
  };

  try {
    await importProblemPackage(db, DEMO_PACKAGE, { slug });
    const problem = await db.problem.findUniqueOrThrow({
      where: { slug },
      select: {
        id: true,
        testCases: { orderBy: { index: "asc" }, select: { id: true, index: true, isSample: true, answerHash: true } },
      },
    });
    problemId = problem.id;
    const answers = await readTestFileHeads(
      db,
      problem.testCases.map((t) => t.answerHash),
      TEST_FILE_CHUNK_BYTES,
    );

    const viewer = await db.user.create({
      data: { email: `bench-web-${run}@bench.invalid`, name: "Bench Student", role: "student" },
    });
    userIds.push(viewer.id);
    const { cookieValue } = await createSession(db, viewer.id);
    const { token } = await createApiToken(db, viewer.id, "bench");

    const submitters = Array.from({ length: submitUsers }, (_, i) => ({
      email: `bench-web-${run}-${i}@bench.invalid`,
      name: `Bench Submitter ${i}`,
      role: "student" as const,
    }));
    await db.user.createMany({ data: submitters });
    const created = await db.user.findMany({
      where: { email: { in: submitters.map((s) => s.email) } },
      select: { id: true },
    });
    userIds.push(...created.map((u) => u.id));
    const students = await Promise.all(
      created.map(async (u) => ({ userId: u.id, token: (await createApiToken(db, u.id, "bench")).token })),
    );

    // A judged submission written directly: WA on the second sample, so the page has a diff to show.
    const submission = await db.submission.create({
      data: {
        userId: viewer.id,
        problemId: problem.id,
        language: "cpp",
        source: BENCH_SOURCE,
        status: "done",
        verdict: "WA",
        score: 90,
        judgings: {
          create: {
            workerId: "bench",
            finishedAt: new Date(),
            verdict: "WA",
            score: 90,
            compileOutput: "main.cpp:12:9: warning: unused variable 'unused' [-Wunused-variable]",
            results: {
              create: problem.testCases.map((t) => ({
                testCaseId: t.id,
                index: t.index,
                verdict: t.index === 2 ? ("WA" as const) : ("AC" as const),
                timeMs: 3 + t.index,
                wallMs: 5 + t.index,
                memoryKb: 3400 + t.index * 16,
                output: t.isSample
                  ? t.index === 2
                    ? new TextEncoder().encode("41\n")
                    : answers.get(t.answerHash)
                  : null,
              })),
            },
          },
        },
      },
      select: { id: true },
    });

    return {
      run,
      slug,
      cookie: cookieValue,
      token,
      userId: viewer.id,
      judgedSubmissionId: submission.id,
      students,
      cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** A submission body for the submit benchmark: a correct Python A+B (any language would do). */
export function submitBody(slug: string, language: string): string {
  return JSON.stringify({
    problem: slug,
    language,
    source: "import sys\n\nprint(sum(map(int, sys.stdin.read().split())))\n",
  });
}
