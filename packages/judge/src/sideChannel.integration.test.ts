import { getSubmissionDetails, getSubmissionView } from "@arbiter/core";
import { createPrismaClient } from "@arbiter/db/client";
import { createDocker } from "@arbiter/sandbox";
import type { HiddenTestDisclosure } from "@arbiter/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeSubmission } from "./judgeSubmission";
import { SIDE_CHANNEL_PROBES } from "./testing/attacks";
import { createAplusbProblem, createStudent, removeFixtures } from "./testing/fixtures";

// The attack of issue 14, item 3: a program makes each hidden test's memory and time
// encode that test's answer. The judge must measure honestly (staff see it), and what a
// student can read back must not carry those numbers, under every disclosure policy.
const db = createPrismaClient();
const docker = createDocker();
let problemId = "";
let userId = "";
let submissionId = "";

beforeAll(async () => {
  problemId = (await createAplusbProblem(db, { timeLimitMs: 2000, memoryLimitMb: 256 })).id;
  userId = (await createStudent(db)).id;
  const probe = SIDE_CHANNEL_PROBES[0]!;
  const submission = await db.submission.create({
    data: { userId, problemId, language: probe.language, source: probe.source },
  });
  submissionId = submission.id;
  await judgeSubmission({ db, docker, workerId: "side-channel-test" }, submissionId);
});

afterAll(async () => {
  await removeFixtures(db, { problemId, userId });
  await db.$disconnect();
});

describe("side channel: hidden answers through per-test memory and time", () => {
  it("is real: the judge measures memory that follows the hidden answers", async () => {
    const results = await db.testResult.findMany({
      where: { judging: { submissionId } },
      include: { testCase: { select: { isSample: true } } },
      orderBy: { index: "asc" },
    });
    expect(results.map((r) => r.verdict)).toEqual(["AC", "AC", "AC", "AC", "AC"]);
    // Answers 2000000000, -15, 1111111110: (a+b) mod 50 is 0, 35 (Python's modulo) and 10 MiB.
    const hidden = results.filter((r) => !r.testCase.isSample).map((r) => r.memoryKb);
    expect(hidden[1]! - hidden[0]!).toBeGreaterThan(25 * 1024);
    expect(hidden[2]! - hidden[0]!).toBeGreaterThan(5 * 1024);
  });

  it.each<HiddenTestDisclosure>(["verdict_only", "first_failure", "per_test"])(
    "%s: a student reads no hidden test's own memory or time",
    async (disclosure) => {
      await db.problem.update({ where: { id: problemId }, data: { hiddenTestDisclosure: disclosure } });
      const student = { id: userId, role: "student" as const };
      // Practice belongs to no course: admins are the staff who see everything of it.
      const staff = { id: "staff", role: "admin" as const };
      const truth = await getSubmissionView(db, staff, submissionId);
      const hiddenTruth = truth.tests.filter((t) => !t.sample);
      expect(hiddenTruth).toHaveLength(3);

      for (const view of [
        await getSubmissionView(db, student, submissionId),
        await getSubmissionDetails(db, student, submissionId),
      ]) {
        for (const test of view.tests.filter((t) => !t.sample)) {
          expect(test.timeMs).toBeNull();
          expect(test.memoryKb).toBeNull();
        }
        // At most one number about all hidden tests together: their maximum.
        const max = Math.max(...hiddenTruth.map((t) => t.memoryKb ?? 0));
        expect(view.hidden?.maxMemoryKb).toBe(disclosure === "verdict_only" ? null : max);
        // Samples disclose their own numbers, which may equal a hidden test's by chance.
        const body = JSON.stringify({ ...view, tests: view.tests.filter((t) => !t.sample) });
        for (const t of hiddenTruth) {
          if (t.memoryKb !== max) expect(body).not.toContain(`:${t.memoryKb}`);
        }
      }
    },
  );
});
