import type { PrismaClient } from "@arbiter/db/client";
import {
  ensureVerifierUser,
  ProblemPackageError,
  readProblemPackage,
  resolveSlug,
  saveProblemPackage,
  SUBMISSION_CATEGORIES,
  type PackageSubmission,
} from "@arbiter/core";
import { judgeSubmission, type JudgeContext } from "@arbiter/judge";
import type { Verdict } from "@arbiter/shared";
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
  onResult?: (result: VerifyResult) => void;
}

export interface VerifyReport {
  /** One per input validator; empty when the package has none. */
  inputChecks: InputValidatorCheck[];
  submissions: VerifyResult[];
}

export interface VerifyResult {
  /** Path in the package, e.g. "submissions/accepted/sol.py". */
  file: string;
  expected: Verdict;
  /** IE also when judging failed with an error (see `detail`). */
  actual: Verdict;
  score: number | null;
  /** Why judging failed, for IE. */
  detail?: string;
}

/** Judging order: by category as Kattis lists them, then by path. */
const CATEGORY_ORDER = Object.keys(SUBMISSION_CATEGORIES);

/**
 * What Kattis's verifyproblem does for test inputs and submissions: imports the
 * package under `slug` (replacing an existing problem), runs its input validators
 * on every test input, then judges every program in submissions/ with the real
 * judge, in this process, as the verifier account, and compares each verdict with
 * the one its directory expects. Submissions are judged even when inputs are
 * invalid, so one run shows everything. The submissions stay in the database, so
 * their judgings can be inspected. Throws `ProblemPackageError` for a bad package
 * or one without submissions.
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

  const userId = await ensureVerifierUser(ctx.db);
  ctx.onJudging?.();
  const submissions: VerifyResult[] = [];
  for (const submission of [...pkg.submissions].sort(byCategoryThenPath)) {
    const result = await judgeOne(ctx, { userId, problemId }, submission);
    ctx.onResult?.(result);
    submissions.push(result);
  }
  return { inputChecks, submissions };
}

async function judgeOne(
  ctx: VerifyContext,
  owner: { userId: string; problemId: string },
  submission: PackageSubmission,
): Promise<VerifyResult> {
  const { id } = await ctx.db.submission.create({
    data: { ...owner, language: submission.language, source: submission.source },
    select: { id: true },
  });
  const base = { file: submission.rel, expected: submission.expected };
  try {
    const outcome = await judgeSubmission({ db: ctx.db, docker: ctx.docker, workerId: "verify" }, id);
    return { ...base, actual: outcome.verdict, score: outcome.score };
  } catch (error) {
    // The judge records the failure on the judging; here it is one row of the table, not the end of the run.
    const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.slice(0, 300);
    return { ...base, actual: "IE", score: null, ...(detail ? { detail } : {}) };
  }
}

function byCategoryThenPath(a: PackageSubmission, b: PackageSubmission): number {
  const order = CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category);
  return order || (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
}
