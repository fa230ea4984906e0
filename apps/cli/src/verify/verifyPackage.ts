import type { PrismaClient } from "@arbiter/db/client";
import {
  ProblemPackageError,
  getProblemVerification,
  readProblemPackage,
  resolveSlug,
  saveProblemPackage,
  startProblemVerification,
  type VerificationExampleReport,
  type VerificationReport,
} from "@arbiter/core";
import { createSubmissionLifecycle } from "@arbiter/core/lifecycle";
import { judgeSubmission, type JudgeContext } from "@arbiter/judge";
import { validateInputs, type InputValidatorCheck } from "./validateInputs";

export interface VerifyContext {
  db: PrismaClient;
  docker: JudgeContext["docker"];
  /** Told about each step as it happens, so a long verification shows progress. */
  onImported?: (info: { slug: string; title: string; tests: number; groups: number; warnings: string[] }) => void;
  /** Once per input validator, in the package's order; never called for a package without any. */
  onInputCheck?: (check: InputValidatorCheck) => void;
  /** After the inputs are checked, before the first submission is judged. */
  onJudging?: () => void;
  onResult?: (example: VerificationExampleReport) => void;
}

export interface VerifyReport {
  /** One per input validator; empty when the package has none (or a stored problem was verified). */
  inputChecks: InputValidatorCheck[];
  verification: VerificationReport;
}

/**
 * What Kattis's verifyproblem does for test inputs and submissions: imports the
 * package under `slug` (replacing an existing problem, examples included), runs its
 * input validators on every test input, then verifies the stored problem (see
 * {@link verifyStoredProblem}). Submissions are judged even when inputs are invalid, so
 * one run shows everything. Throws `ProblemPackageError` for a bad package or one
 * without submissions.
 */
export async function verifyPackage(
  ctx: VerifyContext,
  packagePath: string,
  options: { slug?: string } = {},
): Promise<VerifyReport> {
  const slug = resolveSlug(packagePath, options.slug);
  const pkg = await readProblemPackage(packagePath);
  if (pkg.submissions.length === 0) {
    throw new ProblemPackageError(
      "Nothing to verify: put solutions in submissions/accepted, wrong_answer, time_limit_exceeded or run_time_error",
    );
  }
  const { problemId } = await saveProblemPackage(ctx.db, pkg, slug);
  ctx.onImported?.({
    slug,
    title: pkg.title,
    tests: pkg.tests.length,
    groups: pkg.groups.length,
    warnings: pkg.warnings,
  });
  const inputChecks = await validateInputs(ctx.docker, pkg.inputValidators, pkg.tests, ctx.onInputCheck);
  return { inputChecks, verification: await verifyStoredProblem(ctx, problemId) };
}

/**
 * Verifies a stored problem's example submissions in this process: each is judged with
 * the real judge as the verifier account, and the after-judge hook checks it against
 * what its package says it must get (its directory, submissions.yaml, @EXPECTED_RESULTS@).
 * The verification and its submissions stay in the database, as the web's do.
 */
export async function verifyStoredProblem(ctx: VerifyContext, problemId: string): Promise<VerificationReport> {
  const { verificationId, submissionIds } = await startProblemVerification(ctx.db, problemId);
  ctx.onJudging?.();
  for (const submissionId of submissionIds) {
    try {
      await judgeSubmission({ db: ctx.db, docker: ctx.docker, workerId: "verify" }, submissionId);
    } catch {
      // The judging is recorded as failed; close the submission so its example is checked (as IE).
      await createSubmissionLifecycle({ db: ctx.db }).failSubmission(submissionId);
    }
    const report = await getProblemVerification(ctx.db, problemId, verificationId);
    const example = report?.examples.find((e) => e.submissionId === submissionId);
    if (example) ctx.onResult?.(example);
  }
  const report = await getProblemVerification(ctx.db, problemId, verificationId);
  if (!report) throw new Error(`verification ${verificationId} vanished`);
  return report;
}
