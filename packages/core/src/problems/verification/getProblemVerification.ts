import type { PrismaClient } from "@arbiter/db/client";
import {
  describeExampleRule,
  exampleExpectationSchema,
  type ExampleRule,
  type SubmissionStatus,
  type Verdict,
} from "@arbiter/shared";
import { checkTimeLimit, type TimeLimitCheck } from "./timeLimitBounds";

/** One example of a verification, as a page or the CLI shows it. */
export interface VerificationExampleReport {
  /** Path below submissions/, e.g. "accepted/sol.py". */
  path: string;
  language: string;
  /** What it must get: each rule, and the same in one line each. */
  rules: ExampleRule[];
  expected: string[];
  submissionId: string;
  status: SubmissionStatus;
  verdict: Verdict | null;
  score: number | null;
  /** Null until judged; then whether it met every rule. */
  passed: boolean | null;
  /** Each rule it broke, in the author's terms. */
  failures: string[];
  /** Slowest judged test, CPU ms; null before judging or when nothing ran. */
  slowestMs: number | null;
}

/** A verification of a problem's examples (the shape the web's verification page reads). */
export interface VerificationReport {
  id: string;
  problemId: string;
  createdAt: Date;
  finishedAt: Date | null;
  /** Null while examples are judged; true when every example met its expectation. */
  passed: boolean | null;
  examples: VerificationExampleReport[];
  timeLimitMs: number;
  /** Whether the time limit leaves the slowest example that must not time out its margin. */
  timing: TimeLimitCheck;
}

/**
 * A problem's verification (the newest when `verificationId` is not given), or null when
 * it has none. Read-only; callers check permissions (staff of the problem) first.
 */
export async function getProblemVerification(
  db: PrismaClient,
  problemId: string,
  verificationId?: string,
): Promise<VerificationReport | null> {
  const verification = await db.problemVerification.findFirst({
    where: { problemId, ...(verificationId ? { id: verificationId } : {}) },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      problemId: true,
      createdAt: true,
      finishedAt: true,
      passed: true,
      problem: { select: { timeLimitMs: true } },
      runs: {
        orderBy: { example: { path: "asc" } },
        select: {
          passed: true,
          failures: true,
          example: { select: { path: true, language: true, expectation: true } },
          submission: {
            select: {
              id: true,
              status: true,
              verdict: true,
              score: true,
              judgings: {
                where: { finishedAt: { not: null } },
                orderBy: { startedAt: "desc" },
                take: 1,
                select: { results: { select: { timeMs: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!verification) return null;
  const examples = verification.runs.map((run): VerificationExampleReport & { bound: "lower" | "upper" | false } => {
    const expectation = exampleExpectationSchema.safeParse(run.example.expectation);
    const rules = expectation.success ? expectation.data.rules : [];
    const times = run.submission.judgings[0]?.results.map((r) => r.timeMs) ?? [];
    return {
      path: run.example.path,
      language: run.example.language,
      rules,
      expected: rules.map(describeExampleRule),
      submissionId: run.submission.id,
      status: run.submission.status,
      verdict: run.submission.verdict,
      score: run.submission.score,
      passed: run.passed,
      failures: run.failures,
      slowestMs: times.length > 0 ? Math.max(...times) : null,
      bound: expectation.success ? expectation.data.timeLimitBound : false,
    };
  });
  const timeLimitMs = verification.problem.timeLimitMs;
  return {
    id: verification.id,
    problemId: verification.problemId,
    createdAt: verification.createdAt,
    finishedAt: verification.finishedAt,
    passed: verification.passed,
    examples: examples.map(({ bound: _bound, ...e }) => e),
    timeLimitMs,
    timing: checkTimeLimit(timeLimitMs, examples),
  };
}

/** The newest verifications of a problem, newest first, without their examples: for a history list. */
export async function listProblemVerifications(
  db: PrismaClient,
  problemId: string,
  take = 20,
): Promise<{ id: string; createdAt: Date; finishedAt: Date | null; passed: boolean | null }[]> {
  return db.problemVerification.findMany({
    where: { problemId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, createdAt: true, finishedAt: true, passed: true },
  });
}
