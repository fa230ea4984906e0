import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeTestCaseFile } from "@arbiter/core/testFiles";
import { createPrismaClient } from "@arbiter/db/client";
import type { LanguageId } from "@arbiter/shared";
import { createDocker } from "@arbiter/sandbox";
import { judgeSubmission } from "./judgeSubmission";
import { createStudent, removeFixtures } from "./testing/fixtures";
import { judgeSingleTest } from "./testing/judgeSingleTest";

// Judging the way the format's authors (DOMjudge, problemtools) judge: issue 12, section 6.
const db = createPrismaClient();
const docker = createDocker();
const workerId = "authors-rules-test";
let userId = "";
const problemIds: string[] = [];

beforeAll(async () => {
  userId = (await createStudent(db)).id;
});
afterAll(async () => {
  for (const problemId of problemIds) await removeFixtures(db, { problemId });
  await removeFixtures(db, { userId });
  await db.$disconnect();
});

describe("Java and JavaScript as written for other judges", () => {
  it("runs a Java main class of any name inside a package", async () => {
    const source = [
      "package contest.solution;",
      "import java.util.Scanner;",
      "class Helper { static long add(long a, long b) { return a + b; } }",
      "class Solution {",
      "  public static void main(String[] args) {",
      "    Scanner in = new Scanner(System.in);",
      "    System.out.println(Helper.add(in.nextLong(), in.nextLong()));",
      "  }",
      "}",
    ].join("\n");
    const outcome = await judgeSingleTest(docker, { language: "java", source, workerId, timeLimitMs: 3000 });
    expect({ verdict: outcome.verdict, compileOutput: outcome.compileOutput }).toMatchObject({ verdict: "AC" });
  });

  it("compiles a public Java class under its own file name", async () => {
    const source =
      "public class Answer { public static void main(String[] a) { var s = new java.util.Scanner(System.in); System.out.println(s.nextInt() + s.nextInt()); } }\n";
    const outcome = await judgeSingleTest(docker, { language: "java", source, workerId, timeLimitMs: 3000 });
    expect({ verdict: outcome.verdict, compileOutput: outcome.compileOutput }).toMatchObject({ verdict: "AC" });
  });

  it("says so when no Java class has a main method", async () => {
    const outcome = await judgeSingleTest(docker, { language: "java", source: "class Nothing {}\n", workerId });
    expect(outcome.verdict).toBe("CE");
    expect(outcome.compileOutput).toContain("No class has a method public static void main");
  });

  it("runs a JavaScript ES module (import syntax, top-level await)", async () => {
    const source = [
      'import { readFileSync } from "node:fs";',
      "const [a, b] = readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);",
      "await Promise.resolve();",
      "console.log(a + b);",
    ].join("\n");
    const outcome = await judgeSingleTest(docker, { language: "javascript", source, workerId });
    expect({ verdict: outcome.verdict, compileOutput: outcome.compileOutput }).toMatchObject({ verdict: "AC" });
    const broken = await judgeSingleTest(docker, { language: "javascript", source: "import {\n", workerId });
    expect(broken.verdict).toBe("CE");
  });
});

describe("wall time", () => {
  it("is TLE when a program sleeps past the time limit, even with the right answer", async () => {
    // The old wall limit (2 × TL + 1 s = 11 s) let this sleeper be judged on its output.
    const outcome = await judgeSingleTest(docker, {
      language: "python3",
      source: "import time\ntime.sleep(9)\nprint(3)\n",
      workerId,
      timeLimitMs: 5000,
    });
    expect(outcome.verdict).toBe("TLE");
  });
});

describe("limits and passes from the package", () => {
  async function batchProblem(data: { outputLimitMb?: number; validationPasses?: number; validator?: string }) {
    const problem = await db.problem.create({
      data: {
        slug: `limits-${randomUUID().slice(0, 8)}`,
        title: "Limits",
        timeLimitMs: 1000,
        memoryLimitMb: 128,
        scoring: "icpc",
        outputLimitMb: data.outputLimitMb ?? 8,
        validationPasses: data.validationPasses ?? 1,
        checker: data.validator
          ? { kind: "icpc", language: "python3", source: data.validator, flags: [] }
          : { kind: "default" },
        testCases: {
          create: [{ index: 1, name: "secret/1", isSample: false, ...(await storeTestCaseFile(db, "1 2\n", "3\n")) }],
        },
      },
    });
    problemIds.push(problem.id);
    return problem.id;
  }

  async function judged(problemId: string, source: string) {
    const submission = await db.submission.create({ data: { userId, problemId, language: "python3", source } });
    const outcome = await judgeSubmission({ db, docker, workerId }, submission.id);
    const judging = await db.judging.findFirstOrThrow({ where: { submissionId: submission.id } });
    return { verdict: outcome.verdict, errorDetail: judging.errorDetail };
  }

  it("stops output at the package's limits.output", async () => {
    // 2 MiB of output: within the format's default 8 MiB (judged WA), over a 1 MiB limit (OLE).
    const flood = "import sys\nsys.stdout.write('3\\n' * (1024 * 1024))\n";
    expect((await judged(await batchProblem({ outputLimitMb: 1 }), flood)).verdict).toBe("OLE");
    expect((await judged(await batchProblem({}), flood)).verdict).toBe("WA");
  });

  it("makes a nextpass.in written on the last allowed pass the judge's error", async () => {
    const endless = [
      "import os, sys",
      "sys.stdin.read()",
      "open(os.path.join(sys.argv[3], 'nextpass.in'), 'w').write('1 2\\n')",
      "sys.exit(42)",
      "",
    ].join("\n");
    const problemId = await batchProblem({ validationPasses: 3, validator: endless });
    const { verdict, errorDetail } = await judged(problemId, "print(3)\n");
    expect(verdict).toBe("IE");
    expect(errorDetail).toMatch(/nextpass\.in on pass 3, the last of 3 allowed/);
  });
});

describe("interactive pipes, as problemtools keeps them", () => {
  // Talks first (more than a pipe holds), then reads one number; 42 if it is the secret.
  const interactor = `#include <cstdio>
int main(int argc, char** argv) {
  FILE* in = fopen(argv[1], "r"); long secret; if (fscanf(in, "%ld", &secret) != 1) return 1;
  for (int i = 0; i < 20000; i++) puts("hello, are you there?");
  fflush(stdout);
  long guess; if (scanf("%ld", &guess) != 1) return 43;
  return guess == secret ? 42 : 43;
}
`;
  // Rejects at once after reading one number.
  const impatient = `#include <cstdio>
int main() { long x; if (scanf("%ld", &x) != 1) return 43; puts("bye"); fflush(stdout); return 43; }
`;

  async function interactiveProblem(source: string): Promise<string> {
    const problem = await db.problem.create({
      data: {
        slug: `pipes-${randomUUID().slice(0, 8)}`,
        title: "Pipes",
        timeLimitMs: 1000,
        memoryLimitMb: 128,
        scoring: "icpc",
        interactive: true,
        checker: { kind: "icpc", language: "cpp", source, flags: [] },
        testCases: {
          create: [{ index: 1, name: "secret/1", isSample: false, ...(await storeTestCaseFile(db, "7", "-")) }],
        },
      },
    });
    problemIds.push(problem.id);
    return problem.id;
  }

  async function verdictOf(problemId: string, language: LanguageId, source: string) {
    const submission = await db.submission.create({ data: { userId, problemId, language, source } });
    const outcome = await judgeSubmission({ db, docker, workerId }, submission.id);
    const judging = await db.judging.findFirstOrThrow({ where: { submissionId: submission.id } });
    return { verdict: outcome.verdict, errorDetail: judging.errorDetail };
  }

  it("does not kill the interactor with SIGPIPE when the program exits early (WA, not IE)", async () => {
    const problemId = await interactiveProblem(interactor);
    expect(await verdictOf(problemId, "cpp", "int main(){ return 0; }\n")).toEqual({
      verdict: "WA",
      errorDetail: null,
    });
    const reader = "input()\n"; // reads one line of the greeting, then leaves
    const talker = "import sys\nsys.stdin.readline()\nprint(7, flush=True)\n";
    expect((await verdictOf(problemId, "python3", reader)).verdict).toBe("WA");
    expect((await verdictOf(problemId, "python3", talker)).verdict).toBe("AC");
  });

  it("judges a program that closes stdout and then crashes or sleeps as RE or TLE, not WA", async () => {
    const problemId = await interactiveProblem(interactor);
    const crashes = "import os, time\nos.close(1)\ntime.sleep(0.3)\nraise SystemExit(3)\n";
    const sleeps = "import os, time\nos.close(1)\ntime.sleep(30)\n";
    expect((await verdictOf(problemId, "python3", crashes)).verdict).toBe("RE");
    expect((await verdictOf(problemId, "python3", sleeps)).verdict).toBe("TLE");
  });

  it("gives the interactor's rejection to a program killed by SIGPIPE after it", async () => {
    const problemId = await interactiveProblem(impatient);
    const flood = '#include <cstdio>\nint main(){ for (;;) { puts("1"); fflush(stdout); } }\n';
    expect((await verdictOf(problemId, "cpp", flood)).verdict).toBe("WA");
  });
});
