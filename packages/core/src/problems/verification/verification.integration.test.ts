import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import type { Verdict } from "@arbiter/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { createSubmissionLifecycle } from "../../lifecycle/submissionLifecycle";
import { jobPriority, openJudgeQueue, tierPriorityRange } from "../../queue";
import { createRedis } from "../../redis";
import { importProblemPackage } from "../importProblemPackage";
import { getProblemVerification, listProblemVerifications } from "./getProblemVerification";
import { requestProblemVerification } from "./requestProblemVerification";
import { startProblemVerification } from "./startProblemVerification";

const DEMO = path.resolve(import.meta.dirname, "../../../../../infra/demo/problems/aplusb");
const run = randomBytes(4).toString("hex");
const slug = `itest-verification-${run}`;

let db: PrismaClient;
let problemId: string;

beforeAll(async () => {
  db = createPrismaClient();
  await importProblemPackage(db, DEMO, { slug });
  problemId = (await db.problem.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.submission.deleteMany({ where: { problem: { slug } } });
  await db.problem.deleteMany({ where: { slug } });
  await db.$disconnect();
});

/**
 * Judges a submission as the worker would report it, without a sandbox: every test gets
 * `verdict(name)` until the first failure, then the judging finishes (after-judge hooks included).
 */
async function judgeAs(submissionId: string, verdictOf: (name: string) => Verdict): Promise<void> {
  const lifecycle = createSubmissionLifecycle({ db });
  const report = await lifecycle.startJudging(submissionId, { workerId: "itest", reason: "submit" });
  await report.compiled({ ok: true, imageDigest: "", sandboxPolicy: "", compileOutput: null });
  const cases = await db.testCase.findMany({ where: { problemId }, orderBy: { index: "asc" } });
  let final: Verdict = "AC";
  for (const test of cases) {
    const verdict = verdictOf(test.name);
    await report.testRecorded({
      testCaseId: test.id,
      index: test.index,
      verdict,
      timeMs: test.index * 10,
      wallMs: test.index * 10,
      memoryKb: 1000,
      exitCode: 0,
      signal: null,
      fraction: null,
      score: null,
      judgeMessage: verdict === "WA" ? "expected 3, got 4" : null,
      output: null,
      sample: test.isSample,
    });
    if (verdict !== "AC") {
      final = verdict;
      break;
    }
  }
  await report.finish({ verdict: final, score: final === "AC" ? 100 : 0 });
}

describe("problem verification", () => {
  it("stores the package's examples with what each must get", async () => {
    const examples = await db.problemExample.findMany({ where: { problemId }, orderBy: { path: "asc" } });
    expect(examples.map((e) => [e.path, e.language])).toEqual([
      ["accepted/aplusb.cpp", "cpp"],
      ["accepted/aplusb.py", "python3"],
      ["run_time_error/one_line.py", "python3"],
      ["run_time_error/split_at_space.cpp", "cpp"],
      ["time_limit_exceeded/count_up.cpp", "cpp"],
      ["time_limit_exceeded/count_up.py", "python3"],
      ["wrong_answer/absolute.py", "python3"],
      ["wrong_answer/overflow.c", "c"],
    ]);
  });

  it("checks each judged example and finishes when the last one is judged", async () => {
    const { verificationId, submissionIds } = await startProblemVerification(db, problemId);
    expect(submissionIds).toHaveLength(8);
    const pending = await getProblemVerification(db, problemId);
    expect(pending).toMatchObject({ id: verificationId, passed: null, finishedAt: null });
    expect(pending?.examples[0]).toMatchObject({
      path: "accepted/aplusb.cpp",
      expected: ["permitted AC"],
      status: "queued",
      passed: null,
    });

    // What each example "gets": the first accepted one is wrong on secret/3, the rest behave.
    const plan: ((name: string) => Verdict)[] = [
      (name) => (name === "secret/3" ? "WA" : "AC"),
      () => "AC",
      (name) => (name === "secret/2" ? "RE" : "AC"),
      () => "MLE",
      (name) => (name.startsWith("secret") ? "TLE" : "AC"),
      () => "TLE",
      (name) => (name === "secret/1" ? "WA" : "AC"),
      (name) => (name === "secret/5" ? "WA" : "AC"),
    ];
    for (const [i, id] of submissionIds.entries()) {
      await judgeAs(id, plan[i] ?? (() => "AC"));
      const partial = await getProblemVerification(db, problemId, verificationId);
      // Not finished until the last example is judged.
      expect(partial?.passed).toBe(i === submissionIds.length - 1 ? false : null);
    }

    const report = await getProblemVerification(db, problemId, verificationId);
    expect(report?.finishedAt).toBeInstanceOf(Date);
    expect(report?.examples.map((e) => [e.path, e.verdict, e.passed, e.failures])).toEqual([
      ["accepted/aplusb.cpp", "WA", false, ["secret/3 got WA; permitted: AC (accepted/ (the format's default))"]],
      ["accepted/aplusb.py", "AC", true, []],
      ["run_time_error/one_line.py", "RE", true, []],
      ["run_time_error/split_at_space.cpp", "MLE", true, []],
      ["time_limit_exceeded/count_up.cpp", "TLE", true, []],
      ["time_limit_exceeded/count_up.py", "TLE", true, []],
      ["wrong_answer/absolute.py", "WA", true, []],
      ["wrong_answer/overflow.c", "WA", true, []],
    ]);
    // The slowest passing example that must not time out ran 100 ms (test 10): 200 ms are needed.
    expect(report?.timing).toEqual({ slowestLowerMs: 100, neededTimeLimitMs: 200, acToTimeLimit: 2, ok: true });

    // A rejudge of the broken example that now passes makes the verification pass.
    await judgeAs(submissionIds[0] ?? "", () => "AC");
    expect((await getProblemVerification(db, problemId, verificationId))?.passed).toBe(true);
    expect((await listProblemVerifications(db, problemId)).map((v) => v.id)).toContain(verificationId);
  });

  it("queues a requested verification behind every student's submission", async () => {
    const connection = createRedis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0");
    const queue = openJudgeQueue(connection, `test-verification-${randomUUID()}`);
    try {
      const { verificationId, submissionIds } = await requestProblemVerification(db, queue, problemId);
      const jobs = await Promise.all(submissionIds.map((id) => queue.getJob(`submission-${id}`)));
      const [low, high] = tierPriorityRange("rejudge");
      for (const job of jobs) {
        expect(job?.data).toMatchObject({ kind: "submission", reason: "submit" });
        expect(job?.opts.priority).toBeGreaterThanOrEqual(low);
        expect(job?.opts.priority).toBeLessThanOrEqual(high);
      }
      expect(jobPriority({ tier: "practice" })).toBeLessThan(low);
      expect(await getProblemVerification(db, problemId, verificationId)).toMatchObject({ passed: null });
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
      connection.disconnect();
    }
  });

  it("refuses to verify a problem without examples", async () => {
    await db.problemExample.deleteMany({ where: { problemId } });
    await expect(startProblemVerification(db, problemId)).rejects.toBeInstanceOf(AppError);
  });
});
