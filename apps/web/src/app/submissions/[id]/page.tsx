import { getSubmissionDetails, isAppError, requireSubmissionAccess } from "@arbiter/core";
import { getSubmissionPlace, getSubmissionReview, listSubmissionComments } from "@arbiter/core/courses";
import { getSubmissionContestPlace } from "@arbiter/core/contests";
import { LANGUAGES, sourceFileFor } from "@arbiter/shared";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { CopyButton } from "@/components/CopyButton";
import { GradePanel } from "@/components/review/GradePanel";
import { OverallNotes } from "@/components/review/OverallNotes";
import { ReviewSource } from "@/components/review/ReviewSource";
import { ReviewTests } from "@/components/review/ReviewTests";
import { highlightSourceLines } from "@/components/submission/highlightSource";
import { VerdictOverridePanel } from "@/components/contest/VerdictOverridePanel";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { SubmissionLive } from "./SubmissionLive";

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ delayed?: string | string[] }>;
}

export const metadata: Metadata = { title: "Submission" };

/**
 * One submission: verdict and score, live per-test results, compiler output, sample
 * diffs and the highlighted source with the staff's comments. Someone else's submission
 * is the same 404 as a missing one (getSubmissionDetails decides), so ids reveal nothing.
 * Its staff (course instructors and TAs, contest jury, admins) review it here: every
 * test's data, line comments and notes, and for an assignment the grade with overrides.
 */
export default async function SubmissionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const delayed = (await searchParams).delayed !== undefined;
  const user = await requireUser(`/submissions/${id}`);

  let details, place, comments, access, contestPlace;
  try {
    // The details decide who may see the submission; the places only explain it.
    [details, place, comments, access] = await Promise.all([
      getSubmissionDetails(getDb(), user, id),
      getSubmissionPlace(getDb(), user, id),
      listSubmissionComments(getDb(), user, id),
      requireSubmissionAccess(getDb(), user, id),
    ]);
    contestPlace = await getSubmissionContestPlace(getDb(), user, id);
  } catch (error) {
    // A malformed id (bad_request) is, to a reader of pages, just another missing one.
    if (isAppError(error) && (error.code === "not_found" || error.code === "bad_request")) notFound();
    throw error;
  }
  const { source, problemTitle, scoreScale, totalTests, samples, scoring: _scoring, ...view } = details;
  // The name the judge compiled it under, which compiler messages refer to (Java: its public class).
  const sourceFile = sourceFileFor(LANGUAGES[view.language], source);
  const review = access.staff ? await getSubmissionReview(getDb(), user, id) : null;

  return (
    <div className="space-y-8">
      {place && (
        <Alert tone={place.notice ? "warning" : "info"} testId="assignment-notice">
          For{" "}
          <Link href={`/courses/${place.course.slug}/${place.assignment.slug}`} className="font-medium underline">
            {place.assignment.title}
          </Link>{" "}
          ({place.course.title}). {place.notice ?? "Submitted on time: it earns full credit."}
        </Alert>
      )}
      {contestPlace && (
        <Alert tone={contestPlace.upsolving ? "warning" : "info"} testId="contest-notice">
          For{" "}
          <Link href={`/contests/${contestPlace.contest.slug}`} className="font-medium underline">
            {contestPlace.contest.title}
          </Link>
          {contestPlace.label ? `, problem ${contestPlace.label}` : ""}
          {contestPlace.virtual ? " (virtual participation)" : ""}.{" "}
          {contestPlace.upsolving
            ? "The contest was over when you submitted: it is judged as upsolving and not counted on the scoreboard."
            : "It counts on the scoreboard."}
        </Alert>
      )}
      <SubmissionLive
        initial={view}
        samples={samples}
        problemTitle={problemTitle}
        scoreScale={scoreScale}
        totalTests={totalTests}
        delayed={delayed}
        sourceFile={sourceFile}
      />
      {contestPlace?.jury && (
        <VerdictOverridePanel
          contest={contestPlace.contest.slug}
          submissionId={view.id}
          canOverride={contestPlace.jury.canOverride}
          overrides={contestPlace.jury.overrides}
        />
      )}

      {review?.grade && <GradePanel submissionId={view.id} grade={review.grade} />}

      <OverallNotes submissionId={view.id} notes={comments.filter((c) => c.line === null)} canComment={access.staff} />

      <section aria-labelledby="source-heading">
        <div className="mb-2 flex items-center justify-between">
          <h2 id="source-heading" className="text-lg font-semibold tracking-tight">
            Source
            <span className="ml-2 text-sm font-normal text-zinc-500 dark:text-zinc-400">
              {sourceFile} · {lineCount(source)} {lineCount(source) === 1 ? "line" : "lines"}
            </span>
          </h2>
          <div className="flex items-center gap-1">
            <Link
              href={`/problems/${encodeURIComponent(view.problem)}?from=${encodeURIComponent(view.id)}${place ? `&assignment=${encodeURIComponent(`${place.course.slug}/${place.assignment.slug}`)}` : ""}`}
              className="rounded-md px-2 py-1 text-xs font-medium text-indigo-600 hover:bg-indigo-50 dark:text-indigo-400 dark:hover:bg-indigo-500/10"
              data-testid="open-in-editor"
            >
              Edit and resubmit
            </Link>
            <CopyButton text={source} label="Copy source code" />
          </div>
        </div>
        {access.staff && (
          <p className="mb-2 text-xs text-zinc-500 dark:text-zinc-400">Click a line to comment on it.</p>
        )}
        <ReviewSource
          submissionId={view.id}
          lines={highlightSourceLines(source, view.language)}
          language={view.language}
          comments={comments.filter((c) => c.line !== null)}
          canComment={access.staff}
        />
      </section>

      {review && <ReviewTests tests={review.tests} />}
    </div>
  );
}

/** Lines as an editor counts them: a final newline does not start another line. */
function lineCount(source: string): number {
  return source.replace(/\r?\n$/, "").split("\n").length;
}
