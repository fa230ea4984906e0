import { exampleExpectationSchema } from "@arbiter/shared";
import type { AfterJudgeHook } from "../../lifecycle/afterJudge";
import { checkExample } from "./checkExample";
import { loadExampleOutcome } from "./loadExampleOutcome";

/**
 * After-judge hook: when the judged submission is an example of a verification, checks
 * it against the example's expectation and, once every example of that verification is
 * judged, records whether the verification passed. Recomputed from the database each
 * time, so a rejudge of an example updates its verification.
 */
export const verificationHook: AfterJudgeHook = async ({ db }, event) => {
  const run = await db.verificationRun.findUnique({
    where: { submissionId: event.submissionId },
    select: { id: true, verificationId: true, example: { select: { expectation: true } } },
  });
  if (!run) return;
  const expectation = exampleExpectationSchema.safeParse(run.example.expectation);
  const outcome = await loadExampleOutcome(db, {
    id: event.submissionId,
    problemId: event.problemId,
    verdict: event.verdict,
    score: event.score,
  });
  const check = expectation.success
    ? checkExample(expectation.data, outcome)
    : { passed: false, failures: ["its stored expectation is unreadable: import the package again"] };
  await db.verificationRun.update({ where: { id: run.id }, data: { passed: check.passed, failures: check.failures } });

  const runs = await db.verificationRun.findMany({
    where: { verificationId: run.verificationId },
    select: { passed: true },
  });
  if (runs.some((r) => r.passed === null)) return;
  await db.problemVerification.update({
    where: { id: run.verificationId },
    data: { passed: runs.every((r) => r.passed === true), finishedAt: new Date() },
  });
};
