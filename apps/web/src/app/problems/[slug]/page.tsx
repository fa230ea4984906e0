import { getProblemPage, getSubmissionSource, isAppError, type Viewer } from "@arbiter/core";
import { getContestProblem } from "@arbiter/core/contests";
import { getAssignmentView, type AssignmentView } from "@arbiter/core/courses";
import { LANGUAGES, parseAssignmentRef } from "@arbiter/shared";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Alert } from "@/components/Alert";
import { ProblemLabel } from "@/components/contest/ProblemLabel";
import { CopyButton } from "@/components/CopyButton";
import { AssignmentBanner } from "@/components/courses/AssignmentBanner";
import { Markdown } from "@/components/Markdown";
import { formatMs } from "@/lib/format";
import { getCurrentUser, requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { getInstalledLanguages } from "@/server/languages";
import { Workbench, type RestoredCode } from "./Workbench";

interface Props {
  params: Promise<{ slug: string }>;
  /**
   * `from`: a submission whose code the editor opens with ("Edit and resubmit");
   * `assignment`: "{course}/{assignment}" the problem is opened from (banner, submit there);
   * `contest`: the contest the problem is opened in, where submissions then go.
   */
  searchParams: Promise<{ from?: string | string[]; assignment?: string | string[]; contest?: string | string[] }>;
}

/**
 * One query per render: the title in the metadata and the page share it. The viewer and
 * the assignment decide whether a course's private problem may be shown (canViewProblem).
 */
const fetchProblem = cache((viewer: Viewer, slug: string, assignment: string | undefined, shownInContest = false) =>
  getProblemPage(getDb(), viewer, slug, { assignment, shownInContest }),
);

async function loadProblem(viewer: Viewer, slug: string, assignment: string | undefined, shownInContest = false) {
  try {
    return await fetchProblem(viewer, slug, assignment, shownInContest);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

/**
 * The code of submission `id` for the editor, when it is this problem's and the user may
 * read it; otherwise null (the editor opens with the draft, as without `from`).
 */
async function loadRestore(user: Viewer, slug: string, id: string): Promise<RestoredCode | null> {
  try {
    const found = await getSubmissionSource(getDb(), user, id);
    return found.problem === slug ? { submissionId: id, language: found.language, source: found.source } : null;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
}

/**
 * The problem as the contest shows it, or a 404 when the viewer may not see it there (a
 * contest's problems stay secret until the start, and may be private problems).
 */
async function loadContestContext(user: Viewer, contest: string, slug: string) {
  try {
    return { slug: contest, ...(await getContestProblem(getDb(), user, contest, slug)) };
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

/**
 * The assignment the page is opened from, when the viewer is in its course and it lists
 * this problem; otherwise null and the page is the plain archive page (a stale or forged
 * link must not break the problem page, and reveals nothing about other courses).
 */
async function loadAssignment(viewer: Viewer, ref: string, slug: string, now: Date): Promise<AssignmentView | null> {
  try {
    const view = await getAssignmentView(getDb(), viewer, parseAssignmentRef(ref), now);
    return view.problems.some((p) => p.slug === slug) ? view : null;
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) return null;
    throw error;
  }
}

const one = (v: string | string[] | undefined): string | undefined => (typeof v === "string" ? v : undefined);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  const viewer = await getCurrentUser();
  if (!viewer) return { title: "Problem" };
  try {
    return { title: (await fetchProblem(viewer, slug, one((await searchParams).assignment))).title };
  } catch {
    return { title: "Problem" };
  }
}

export default async function ProblemPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const from = one(query.from);
  const inContest = one(query.contest) || null;
  const assignmentRef = inContest ? undefined : one(query.assignment);
  const place = inContest
    ? `?contest=${encodeURIComponent(inContest)}`
    : assignmentRef
      ? `?assignment=${encodeURIComponent(assignmentRef)}`
      : "";
  const user = await requireUser(`/problems/${slug}${place}`);
  const now = new Date();
  // Checked before the problem loads: the contest, not the problem's own visibility, decides.
  const context = inContest ? await loadContestContext(user, inContest, slug) : null;
  const [problem, languages, restore, assignment] = await Promise.all([
    loadProblem(user, slug, assignmentRef, context !== null),
    getInstalledLanguages(),
    from ? loadRestore(user, slug, from) : null,
    assignmentRef ? loadAssignment(user, assignmentRef, slug, now) : null,
  ]);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)] xl:grid-cols-[minmax(0,1fr)_minmax(0,34rem)]">
      <article className="min-w-0">
        {assignment && (
          <div className="mb-4">
            <AssignmentBanner
              course={assignment.course.slug}
              assignment={assignment}
              status={assignment.status}
              dueAt={assignment.timeline.dueAt}
              extended={assignment.extendedDueAt !== null}
              now={now}
            />
          </div>
        )}
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-zinc-500 dark:text-zinc-400">
          {context ? (
            <Link
              href={`/contests/${encodeURIComponent(context.slug)}`}
              className="hover:text-zinc-800 dark:hover:text-zinc-200"
              data-testid="contest-breadcrumb"
            >
              {context.contestTitle} · problem {context.label}
            </Link>
          ) : assignment ? (
            <Link
              href={`/courses/${assignment.course.slug}/${assignment.slug}`}
              className="hover:text-zinc-800 dark:hover:text-zinc-200"
            >
              {assignment.title}
            </Link>
          ) : (
            <Link href="/problems" className="hover:text-zinc-800 dark:hover:text-zinc-200">
              Problems
            </Link>
          )}
          <span aria-hidden="true" className="mx-2">
            /
          </span>
          <span className="font-mono text-xs">{problem.slug}</span>
        </nav>
        <h1 className="flex items-center gap-3 text-3xl font-semibold tracking-tight" data-testid="problem-title">
          {context && <ProblemLabel label={context.label} color={context.color} />}
          {problem.title}
        </h1>
        {context?.upsolving && (
          <Alert tone="info" className="mt-3" testId="upsolving-notice">
            The contest is over: what you submit now is judged as upsolving and not counted.
          </Alert>
        )}
        <dl className="mt-4 flex flex-wrap gap-2 text-sm" data-testid="limits">
          <div className="flex items-center gap-1.5 rounded-full bg-zinc-100 px-3 py-1 dark:bg-zinc-800">
            <dt className="text-zinc-500 dark:text-zinc-400">Time limit</dt>
            <dd className="font-medium tabular-nums">{formatMs(problem.timeLimitMs)}</dd>
          </div>
          <div className="flex items-center gap-1.5 rounded-full bg-zinc-100 px-3 py-1 dark:bg-zinc-800">
            <dt className="text-zinc-500 dark:text-zinc-400">Memory limit</dt>
            <dd className="font-medium tabular-nums">{problem.memoryLimitMb} MiB</dd>
          </div>
        </dl>

        <section className="card mt-6 p-6 sm:p-8" aria-label="Statement" data-testid="statement">
          <Markdown source={problem.statement} />
        </section>

        {problem.samples.length > 0 && (
          <section className="mt-8" aria-labelledby="samples-heading">
            <h2 id="samples-heading" className="text-lg font-semibold tracking-tight">
              Samples
            </h2>
            <div className="mt-3 space-y-4">
              {problem.samples.map((sample, i) => (
                <div
                  key={sample.index}
                  className="card grid gap-px overflow-hidden bg-zinc-200 sm:grid-cols-2 dark:bg-zinc-800"
                  data-testid="sample"
                >
                  <SampleBlock title={`Input ${i + 1}`} text={sample.input} />
                  <SampleBlock title={`Output ${i + 1}`} text={sample.answer} />
                </div>
              ))}
            </div>
          </section>
        )}

        <section className="mt-8">
          <h2 id="languages-heading" className="text-lg font-semibold tracking-tight">
            Languages
          </h2>
          {languages.length === 0 ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No language is installed on the judge yet.</p>
          ) : (
            <>
              <ul className="mt-3 flex flex-wrap gap-2 text-sm" data-testid="languages">
                {languages.map((l) => (
                  <li
                    key={l.id}
                    className="rounded-lg border border-zinc-200 bg-white px-3 py-1.5 dark:border-zinc-800 dark:bg-zinc-900"
                    data-language={l.id}
                  >
                    <span className="font-medium">{l.name}</span>{" "}
                    <span className="text-zinc-500 tabular-nums dark:text-zinc-400">{l.version}</span>
                    {LANGUAGES[l.id].timeMultiplier !== 1 && (
                      <span
                        className="ml-1.5 text-xs text-zinc-500 dark:text-zinc-400"
                        title="Slower runtimes get a longer time limit"
                      >
                        · {formatMs(problem.timeLimitMs * LANGUAGES[l.id].timeMultiplier)} limit
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </article>

      <aside className="min-w-0">
        <Workbench
          problem={problem.slug}
          assignment={assignment ? `${assignment.course.slug}/${assignment.slug}` : undefined}
          contest={context?.slug}
          restore={restore && languages.some((l) => l.id === restore.language) ? restore : null}
          languages={languages}
          samples={problem.samples}
          headerLink={
            <Link
              href={
                context
                  ? `/contests/${encodeURIComponent(context.slug)}`
                  : `/submissions?problem=${encodeURIComponent(problem.slug)}`
              }
              className="text-sm text-indigo-600 hover:text-indigo-500 dark:text-indigo-400"
            >
              {context ? "Contest" : "My attempts"}
            </Link>
          }
        />
      </aside>
    </div>
  );
}

function SampleBlock({ title, text }: { title: string; text: string }) {
  return (
    <div className="min-w-0 bg-white dark:bg-zinc-900">
      <div className="flex items-center justify-between border-b border-zinc-200 px-3 py-1.5 dark:border-zinc-800">
        <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{title}</h3>
        <CopyButton text={text} label={`Copy ${title.toLowerCase()}`} />
      </div>
      <pre className="overflow-x-auto p-3 font-mono text-[13px] leading-relaxed">{text}</pre>
    </div>
  );
}
