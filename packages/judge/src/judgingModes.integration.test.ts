import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeTestCaseFile } from "@arbiter/core/testFiles";
import { createPrismaClient } from "@arbiter/db/client";
import type { CheckerConfig, LanguageId, ScoringMode } from "@arbiter/shared";
import { createDocker } from "@arbiter/sandbox";
import { judgeSubmission } from "./judgeSubmission";
import { createStudent, removeFixtures } from "./testing/fixtures";

const db = createPrismaClient();
const docker = createDocker();
let userId = "";
const problemIds: string[] = [];

interface GroupSpec {
  name: string;
  points?: number;
  dependencies?: string[];
  tests: [input: string, answer: string][];
}

async function createProblem(spec: {
  scoring: ScoringMode;
  groups: GroupSpec[];
  checker?: CheckerConfig;
  interactive?: boolean;
}) {
  let testIndex = 0;
  const problem = await db.problem.create({
    data: {
      slug: `mode-${randomUUID().slice(0, 8)}`,
      title: "Modes",
      timeLimitMs: 1000,
      memoryLimitMb: 128,
      scoring: spec.scoring,
      interactive: spec.interactive ?? false,
      checker: spec.checker ?? { kind: "default" },
    },
  });
  problemIds.push(problem.id);
  for (const [g, group] of spec.groups.entries()) {
    const row = await db.testGroup.create({
      data: {
        problemId: problem.id,
        name: group.name,
        index: g + 1,
        points: group.points ?? 0,
        dependencies: group.dependencies ?? [],
      },
    });
    for (const [input, answer] of group.tests) {
      testIndex++;
      await db.testCase.create({
        data: {
          problemId: problem.id,
          groupId: row.id,
          index: testIndex,
          name: `${group.name}/${testIndex}`,
          isSample: group.name === "sample",
          ...(await storeTestCaseFile(db, input, answer)),
        },
      });
    }
  }
  return problem.id;
}

async function judge(problemId: string, language: LanguageId, source: string) {
  const submission = await db.submission.create({ data: { userId, problemId, language, source } });
  const outcome = await judgeSubmission({ db, docker, workerId: "modes-test" }, submission.id);
  const judging = await db.judging.findFirstOrThrow({
    where: { submissionId: submission.id },
    include: { results: { orderBy: { index: "asc" } } },
  });
  return { outcome, judging, perTest: judging.results.map((r) => r.verdict) };
}

// Doubles its input, except that inputs above 100 take forever (a "slow" solution).
const DOUBLER = "n = int(input())\nif n > 100:\n    while True: pass\nprint(2 * n)\n";

beforeAll(async () => {
  userId = (await createStudent(db)).id;
});
afterAll(async () => {
  for (const problemId of problemIds) await removeFixtures(db, { problemId });
  await removeFixtures(db, { userId });
  await db.$disconnect();
});

describe("scoring modes and test groups", () => {
  it("icpc stops at the first failure and reports its verdict", async () => {
    const problemId = await createProblem({
      scoring: "icpc",
      groups: [
        {
          name: "secret",
          tests: [
            ["1", "2"],
            ["500", "1000"],
            ["3", "6"],
          ],
        },
      ],
    });
    const { outcome, perTest } = await judge(problemId, "python3", DOUBLER);
    expect(outcome).toEqual({ verdict: "TLE", score: 0 });
    expect(perTest).toEqual(["AC", "TLE"]);
  });

  it("ioi sums group points, and skips a group whose dependency failed", async () => {
    const problemId = await createProblem({
      scoring: "ioi",
      groups: [
        { name: "sample", tests: [["1", "2"]] },
        {
          name: "secret/small",
          points: 30,
          tests: [
            ["5", "10"],
            ["7", "14"],
          ],
        },
        { name: "secret/large", points: 70, dependencies: ["secret/small"], tests: [["1000", "2000"]] },
      ],
    });
    const partial = await judge(problemId, "python3", DOUBLER);
    expect(partial.outcome).toEqual({ verdict: "TLE", score: 30 });
    expect(partial.perTest).toEqual(["AC", "AC", "AC", "TLE"]);

    const wrongSmall = await judge(problemId, "python3", "print(int(input()) * 2 + 1)\n");
    expect(wrongSmall.outcome.score).toBe(0);
    // secret/small fails, so secret/large is never run.
    expect(wrongSmall.perTest).toHaveLength(3);
  });

  it("checks floats with the problem's tolerance", async () => {
    const problemId = await createProblem({
      scoring: "icpc",
      checker: {
        kind: "default",
        caseSensitive: true,
        spaceChangeSensitive: false,
        floatAbsoluteTolerance: 1e-6,
        floatRelativeTolerance: 1e-6,
      },
      groups: [{ name: "secret", tests: [["2", "3.1415926535"]] }],
    });
    expect((await judge(problemId, "python3", "print('3.14159265')\n")).outcome.verdict).toBe("AC");
    expect((await judge(problemId, "python3", "print('3.1416')\n")).outcome.verdict).toBe("WA");
  });
});

describe("interactive problems", () => {
  const interactor = `#include <cstdio>
int main(int argc, char** argv) {
  FILE* in = fopen(argv[1], "r"); long secret; if (fscanf(in, "%ld", &secret) != 1) return 1;
  char path[512]; snprintf(path, sizeof path, "%sjudgemessage.txt", argv[3]);
  for (int q = 1; q <= 30; q++) {
    long guess; if (scanf("%ld", &guess) != 1) { FILE* m = fopen(path, "w"); fputs("no guess", m); fclose(m); return 43; }
    if (guess == secret) { puts("="); fflush(stdout); return 42; }
    puts(guess < secret ? "<" : ">"); fflush(stdout);
  }
  return 43;
}
`;
  const binarySearch = [
    "lo, hi = 1, 10**9",
    "while True:",
    "    mid = (lo + hi) // 2",
    "    print(mid, flush=True)",
    "    r = input().strip()",
    "    if r == '=': break",
    "    if r == '<': lo = mid + 1",
    "    else: hi = mid - 1",
    "",
  ].join("\n");
  const linear = "for g in range(1, 10**9):\n    print(g, flush=True)\n    if input().strip() == '=': break\n";

  it("judges guessing solutions against a C++ interactor", async () => {
    const problemId = await createProblem({
      scoring: "icpc",
      interactive: true,
      checker: { kind: "icpc", language: "cpp", source: interactor, flags: [] },
      groups: [
        {
          name: "secret",
          tests: [
            ["123456789", "-"],
            ["1", "-"],
            ["1000000000", "-"],
          ],
        },
      ],
    });
    const ok = await judge(problemId, "python3", binarySearch);
    expect(ok.perTest).toEqual(["AC", "AC", "AC"]);
    expect(ok.outcome).toEqual({ verdict: "AC", score: 100 });

    const slow = await judge(problemId, "python3", linear);
    expect(slow.outcome.verdict).toBe("WA");

    // The program quits first; the interactor then reads end-of-input and rejects: RE, as Kattis rules it.
    const crash = await judge(problemId, "cpp", "int main(){ return 3; }\n");
    expect(crash.outcome.verdict).toBe("RE");
  });

  it("reports a broken interactor as IE, not as the student's fault", async () => {
    const problemId = await createProblem({
      scoring: "icpc",
      interactive: true,
      checker: { kind: "icpc", language: "cpp", source: "int main(){ return 7; }\n", flags: [] },
      groups: [{ name: "secret", tests: [["5", "-"]] }],
    });
    const { outcome, judging } = await judge(problemId, "python3", binarySearch);
    expect(outcome.verdict).toBe("IE");
    expect(judging.errorDetail).toMatch(/interactor/);
  });
});
