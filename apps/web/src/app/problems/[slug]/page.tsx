import { getProblemPage, getSubmissionSource, isAppError, type Viewer } from "@arbiter/core";
import { getContestProblem } from "@arbiter/core/contests";
import { LANGUAGES } from "@arbiter/shared";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Alert } from "@/components/Alert";
import { ProblemLabel } from "@/components/contest/ProblemLabel";
import { CopyButton } from "@/components/CopyButton";
import { Markdown } from "@/components/Markdown";
import { formatMs } from "@/lib/format";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { getInstalledLanguages } from "@/server/languages";
import { Workbench, type RestoredCode } from "./Workbench";

interface Props {
  params: Promise<{ slug: string }>;
  /**
   * `from`: a submission whose code the editor opens with ("Edit and resubmit");
   * `contest`: the contest the problem is opened in, where submissions then go.
   */
  searchParams: Promise<{ from?: string | string[]; contest?: string | string[] }>;
}

/** One query per render: the title in the metadata and the page share it. */
const fetchProblem = cache((slug: string) => getProblemPage(getDb(), slug));

async function loadProblem(slug: string) {
  try {
    return await fetchProblem(slug);
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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  try {
    return { title: (await fetchProblem(slug)).title };
  } catch {
    return { title: "Problem" };
  }
}

export default async function ProblemPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { from, contest } = await searchParams;
  const inContest = typeof contest === "string" && contest !== "" ? contest : null;
  const user = await requireUser(
    inContest ? `/problems/${slug}?contest=${encodeURIComponent(inContest)}` : `/problems/${slug}`,
  );
  // Checked before the problem loads: the contest, not the problem's own visibility, decides.
  const context = inContest ? await loadContestContext(user, inContest, slug) : null;
  const [problem, languages, restore] = await Promise.all([
    loadProblem(slug),
    getInstalledLanguages(),
    typeof from === "string" ? loadRestore(user, slug, from) : null,
  ]);

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)] xl:grid-cols-[minmax(0,1fr)_minmax(0,34rem)]">
      <article className="min-w-0">
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-zinc-500 dark:text-zinc-400">
          {context ? (
            <Link
              href={`/contests/${encodeURIComponent(context.slug)}`}
              className="hover:text-zinc-800 dark:hover:text-zinc-200"
              data-testid="contest-breadcrumb"
            >
              {context.contestTitle} · problem {context.label}
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
          restore={restore && languages.some((l) => l.id === restore.language) ? restore : null}
          languages={languages}
          samples={problem.samples}
          contest={context?.slug}
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
