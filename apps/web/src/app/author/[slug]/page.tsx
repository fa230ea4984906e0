import { isAppError } from "@arbiter/core";
import { getProblemAuthoring } from "@arbiter/core/authoring";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProblemDetailsForm } from "@/components/authoring/ProblemDetailsForm";
import { RefreshWhile } from "@/components/authoring/RefreshWhile";
import { UploadPackageForm } from "@/components/authoring/UploadPackageForm";
import { VerificationTable } from "@/components/authoring/VerificationTable";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { publishAction, saveProblemDetailsAction } from "./actions";

interface Props {
  params: Promise<{ slug: string }>;
}

export const metadata: Metadata = { title: "Edit problem" };

/** One problem for its editors: verification of the shipped submissions, details with a preview, publishing, a new version. */
export default async function EditProblemPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/author/${slug}`);
  let problem;
  try {
    problem = await getProblemAuthoring(getDb(), user, slug);
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
  const pending = problem.verification.some((r) => r.matches === null);
  const mismatches = problem.verification.filter((r) => r.matches === false).length;

  return (
    <div className="space-y-8">
      <div>
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-zinc-500 dark:text-zinc-400">
          <Link href="/author" className="hover:text-zinc-800 dark:hover:text-zinc-200">
            Author problems
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="authoring-title">
            {problem.title}
          </h1>
          <span className="font-mono text-sm text-zinc-500">{problem.slug}</span>
          <span className="text-sm text-zinc-500" data-testid="problem-visibility">
            {problem.isPublic
              ? "Published in the archive"
              : problem.course
                ? `Private to ${problem.course.title}`
                : "Private to you"}
          </span>
          <Link href={`/problems/${problem.slug}`} className="ml-auto text-sm font-medium hover:underline">
            Open as a student sees it
          </Link>
        </div>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{problem.testCount} tests.</p>
      </div>

      <section className="space-y-3" aria-label="Verification">
        <h2 className="text-lg font-semibold tracking-tight">Verification of the shipped submissions</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="verification-summary">
          {problem.verification.length === 0
            ? "Nothing to verify."
            : pending
              ? "Judging the package's submissions; this page updates itself."
              : mismatches === 0
                ? `All ${problem.verification.length} submissions met what they must get.`
                : `${mismatches} of ${problem.verification.length} submissions did not meet what they must get.`}
        </p>
        <VerificationTable runs={problem.verification} />
        <RefreshWhile active={pending} />
      </section>

      <section className="card space-y-4 p-5" aria-label="Details">
        <h2 className="text-lg font-semibold tracking-tight">Statement, limits and tags</h2>
        <ProblemDetailsForm
          initial={{
            title: problem.title,
            statement: problem.statement,
            timeLimitMs: problem.timeLimitMs,
            memoryLimitMb: problem.memoryLimitMb,
            tags: problem.tags,
            difficulty: problem.difficulty,
          }}
          action={saveProblemDetailsAction.bind(null, problem.slug)}
        />
      </section>

      {!problem.isPublic && problem.canPublish && (
        <section className="card space-y-2 p-5" aria-label="Publish">
          <h2 className="text-lg font-semibold tracking-tight">Publish</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Publishing lists the problem in the archive for everyone{problem.course ? "; the course keeps it" : ""}.
          </p>
          <form action={publishAction.bind(null, problem.slug)}>
            <button type="submit" className="btn-secondary" data-testid="publish">
              Publish to the archive
            </button>
          </form>
        </section>
      )}

      <section className="card space-y-3 p-5" aria-label="New version">
        <h2 className="text-lg font-semibold tracking-tight">Upload a new version</h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Replaces the tests, statement and limits with the package&apos;s, and verifies its submissions again. Past
          submissions stay; their per-test results are removed.
        </p>
        <UploadPackageForm targets={[]} slug={problem.slug} testId="reupload-form" />
      </section>
    </div>
  );
}
