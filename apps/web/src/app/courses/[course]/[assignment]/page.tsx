import { isAppError } from "@arbiter/core";
import {
  ASSIGNMENT_SUBMISSIONS_SHOWN,
  getAssignmentView,
  getCourseRoster,
  listAssignmentSubmissions,
} from "@arbiter/core/courses";
import { getSimilarityPanel } from "@arbiter/core/similarity";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentBanner } from "@/components/courses/AssignmentBanner";
import { lateExplanation } from "@/components/courses/creditText";
import { LocalTime } from "@/components/LocalTime";
import { Cell, HeaderCell, Table } from "@/components/Table";
import { SimilarityPanel } from "@/components/similarity/SimilarityPanel";
import { formatScore } from "@/lib/format";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { AssignmentSubmissions } from "./AssignmentSubmissions";
import { ExtensionForm } from "./ExtensionForm";
import { RejudgeAssignmentForm } from "./RejudgeAssignmentForm";

interface Props {
  params: Promise<{ course: string; assignment: string }>;
}

export const metadata: Metadata = { title: "Assignment" };

/**
 * An assignment: its problems with points, the viewer's attempts and score with the late
 * penalty explained, their due date (extension applied) and countdown; staff also get the
 * gradebook link, the extension form, the newest submissions to review and a rejudge button.
 */
export default async function AssignmentPage({ params }: Props) {
  const { course, assignment: slug } = await params;
  const user = await requireUser(`/courses/${course}/${slug}`);
  const now = new Date();
  let view;
  try {
    view = await getAssignmentView(getDb(), user, { course, assignment: slug }, now);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  const [roster, submissions] = view.isStaff
    ? await Promise.all([
        getCourseRoster(getDb(), user, course),
        listAssignmentSubmissions(getDb(), user, { course, assignment: slug }),
      ])
    : [null, []];
  const students = roster ? roster.members.filter((m) => m.role === "student") : [];
  const ref = `${course}/${slug}`;
  const similarity = view.isStaff ? await getSimilarityPanel(getDb(), user, { assignment: ref }) : null;

  return (
    <div className="mx-auto max-w-5xl space-y-8">
      <div>
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-zinc-500 dark:text-zinc-400">
          <Link href="/courses" className="hover:text-zinc-800 dark:hover:text-zinc-200">
            My courses
          </Link>
          <span aria-hidden="true" className="mx-2">
            /
          </span>
          <Link href={`/courses/${course}`} className="hover:text-zinc-800 dark:hover:text-zinc-200">
            {view.course.title}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight" data-testid="assignment-title">
            {view.title}
          </h1>
          {view.isStaff && (
            <div className="flex gap-2">
              <Link href={`/courses/${course}/${slug}/grades`} className="btn-secondary" data-testid="gradebook-link">
                Gradebook
              </Link>
              <Link href={`/courses/${course}/${slug}/stats`} className="btn-secondary" data-testid="stats-link">
                Statistics
              </Link>
            </div>
          )}
        </div>
      </div>

      <AssignmentBanner
        course={course}
        assignment={view}
        status={view.status}
        dueAt={view.timeline.dueAt}
        extended={view.extendedDueAt !== null}
        now={now}
      />

      {view.timeline.late.length > 0 && (
        <section className="text-sm text-zinc-700 dark:text-zinc-300" aria-labelledby="late-heading">
          <h2 id="late-heading" className="font-semibold">
            Late rule
          </h2>
          <ul className="mt-1 list-disc pl-5" data-testid="late-rule">
            <li>
              100 % until <LocalTime iso={view.timeline.dueAt.toISOString()} />
            </li>
            {view.timeline.late.map((w) => (
              <li key={w.until.toISOString()}>
                {w.percent} % until <LocalTime iso={w.until.toISOString()} />
              </li>
            ))}
            <li>then {view.timeline.afterLate === "practice" ? "judged as practice, not counted" : "closed"}</li>
          </ul>
          <p className="mt-1 text-xs text-zinc-500">
            {view.counts === "best" ? "Your best submission counts." : "Your last submission before the cutoff counts."}
          </p>
        </section>
      )}

      <section aria-labelledby="problems-heading" className="space-y-3">
        <div className="flex items-baseline justify-between">
          <h2 id="problems-heading" className="text-lg font-semibold tracking-tight">
            Problems
          </h2>
          {!view.isStaff && (
            <p className="text-sm" data-testid="my-total">
              Your score: <span className="font-semibold tabular-nums">{formatScore(view.myScore)}</span> /{" "}
              {formatScore(view.points)}
            </p>
          )}
        </div>
        <div className="card overflow-x-auto">
          <Table
            testId="assignment-problems"
            caption="Problems"
            head={
              <>
                <HeaderCell className="px-4 py-2.5">Problem</HeaderCell>
                <HeaderCell className="px-4 py-2.5" align="right">
                  Points
                </HeaderCell>
                {!view.isStaff && (
                  <>
                    <HeaderCell className="px-4 py-2.5" align="right">
                      Attempts
                    </HeaderCell>
                    <HeaderCell className="px-4 py-2.5">Your score</HeaderCell>
                  </>
                )}
              </>
            }
          >
            {view.problems.map((p) => (
              <tr key={p.slug} data-problem={p.slug}>
                <Cell className="px-4 py-3">
                  <Link
                    href={`/problems/${p.slug}?assignment=${encodeURIComponent(ref)}`}
                    className="font-medium text-indigo-600 hover:text-indigo-500 dark:text-indigo-400"
                  >
                    {p.title}
                  </Link>
                </Cell>
                <Cell className="px-4 py-3 tabular-nums" align="right">
                  {formatScore(p.points)}
                </Cell>
                {!view.isStaff && (
                  <>
                    <Cell className="px-4 py-3 tabular-nums" align="right" data-testid="attempts">
                      {p.attempts}
                    </Cell>
                    <Cell className="px-4 py-3" data-testid="problem-score">
                      {p.grade ? (
                        <>
                          <span className="font-medium tabular-nums">
                            {formatScore(p.grade.score)} / {formatScore(p.points)}
                          </span>
                          <span className="text-zinc-600 dark:text-zinc-400">
                            {" — "}
                            {p.grade.overrideReason !== null
                              ? `set by staff: ${p.grade.overrideReason}`
                              : lateExplanation(p.grade, view.timeline.dueAt)}
                          </span>
                          {p.grade.submissionId && (
                            <Link
                              href={`/submissions/${p.grade.submissionId}`}
                              className="ml-2 text-xs text-indigo-600 hover:text-indigo-500 dark:text-indigo-400"
                            >
                              counted submission
                            </Link>
                          )}
                        </>
                      ) : (
                        <span className="text-zinc-500">—</span>
                      )}
                    </Cell>
                  </>
                )}
              </tr>
            ))}
          </Table>
        </div>
      </section>

      {similarity && <SimilarityPanel rows={similarity} place={{ assignment: ref }} />}

      {view.isStaff && (
        <section className="card p-6" aria-labelledby="extension-heading">
          <h2 id="extension-heading" className="text-lg font-semibold tracking-tight">
            Extension for a student
          </h2>
          <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            A later due date for one student; the late windows move with it and their grades are recomputed at once.
          </p>
          <ExtensionForm
            course={course}
            assignment={slug}
            students={students.map((s) => ({ email: s.email, name: s.name }))}
          />
        </section>
      )}

      {view.isStaff && (
        <section aria-labelledby="submissions-heading" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="submissions-heading" className="text-lg font-semibold tracking-tight">
              Submissions
            </h2>
            <RejudgeAssignmentForm course={course} assignment={slug} />
          </div>
          <AssignmentSubmissions rows={submissions} limit={ASSIGNMENT_SUBMISSIONS_SHOWN} />
        </section>
      )}
    </div>
  );
}
