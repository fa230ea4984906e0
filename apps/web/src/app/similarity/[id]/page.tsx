import { isAppError } from "@arbiter/core";
import { getSimilarityCheck } from "@arbiter/core/similarity";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/Alert";
import { LocalTime } from "@/components/LocalTime";
import { Cell, HeaderCell, Table } from "@/components/Table";
import { AutoRefresh } from "@/components/similarity/AutoRefresh";
import { StartCheckForm } from "@/components/similarity/StartCheckForm";
import { percent, statusText } from "@/components/similarity/statusText";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";

interface Props {
  params: Promise<{ id: string }>;
}

export const metadata: Metadata = { title: "Similarity report" };

/**
 * A check's report (staff of its course or contest only; anyone else gets the 404 page):
 * progress while it runs, then pairs ranked by similarity with their longest fragment and
 * review mark, and clusters of three or more people.
 */
export default async function SimilarityReportPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/similarity/${id}`);
  let check;
  try {
    check = await getSimilarityCheck(getDb(), user, id);
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
  const place = check.assignment
    ? { href: `/courses/${check.assignment}`, label: `Assignment ${check.assignment}` }
    : { href: `/contests/${check.contest ?? ""}/jury`, label: `Contest ${check.contest ?? ""} (jury)` };
  const origin = check.assignment
    ? { assignment: check.assignment, problem: check.problem.slug }
    : { contest: check.contest ?? "", problem: check.problem.slug };
  const text = check.languages.filter((l) => l.comparedAs === "text").map((l) => l.language);
  const unfinished = check.status === "queued" || check.status === "running";

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      {unfinished && <AutoRefresh />}
      <div>
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-zinc-500 dark:text-zinc-400">
          <Link href={place.href} className="hover:text-zinc-800 dark:hover:text-zinc-200">
            {place.label}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">Similarity: {check.problem.title}</h1>
          {!unfinished && <StartCheckForm origin={origin} label="Re-run" />}
        </div>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400" data-testid="check-status">
          {statusText({ ...check, pairs: check.pairs.length, topSimilarity: check.pairs[0]?.similarity ?? null })} ·{" "}
          {check.submissions} submissions ({check.scope === "all" ? "all of them" : "one per participant"}) · started{" "}
          <LocalTime iso={check.createdAt} />
        </p>
        {unfinished && (
          <div
            className="mt-3 h-2 w-full overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800"
            role="progressbar"
            aria-valuenow={check.progress}
            aria-valuemin={0}
            aria-valuemax={100}
          >
            <div className="h-full bg-indigo-500" style={{ width: `${Math.max(check.progress, 3)}%` }} />
          </div>
        )}
      </div>

      {check.error && (
        <Alert tone="error" testId="check-error">
          {check.error}
        </Alert>
      )}
      {text.length > 0 && (
        <Alert tone="warning" testId="check-text-languages">
          The engine cannot parse {text.join(", ")}; those submissions were compared as plain text.
        </Alert>
      )}

      {check.clusters.length > 0 && (
        <section className="card p-6" aria-labelledby="clusters-heading">
          <h2 id="clusters-heading" className="text-lg font-semibold tracking-tight">
            Clusters
          </h2>
          <p className="mt-1 mb-3 text-sm text-zinc-600 dark:text-zinc-400">
            Three or more people linked by pairs of at least {percent(check.clusterThreshold)} similarity.
          </p>
          <ul className="space-y-2 text-sm" data-testid="clusters">
            {check.clusters.map((c, i) => (
              <li key={i}>
                <span className="font-medium">{c.members.length} people</span> (up to {percent(c.maxSimilarity)}):{" "}
                {c.members.map((m) => m.name || m.email).join(", ")}
              </li>
            ))}
          </ul>
        </section>
      )}

      {check.status === "done" && (
        <section aria-labelledby="pairs-heading" className="space-y-3">
          <h2 id="pairs-heading" className="text-lg font-semibold tracking-tight">
            Pairs, most similar first
          </h2>
          {check.pairs.length === 0 ? (
            <p className="text-sm text-zinc-600" data-testid="no-pairs">
              No two submissions share code beyond the starter template.
            </p>
          ) : (
            <div className="card overflow-x-auto">
              <Table
                testId="similarity-pairs"
                caption="Pairs ranked by similarity"
                head={
                  <>
                    <HeaderCell className="px-3 py-2" align="right">
                      #
                    </HeaderCell>
                    <HeaderCell className="px-3 py-2">Left</HeaderCell>
                    <HeaderCell className="px-3 py-2">Right</HeaderCell>
                    <HeaderCell className="px-3 py-2" align="right">
                      Similarity
                    </HeaderCell>
                    <HeaderCell className="px-3 py-2" align="right">
                      Longest fragment
                    </HeaderCell>
                    <HeaderCell className="px-3 py-2">Review</HeaderCell>
                  </>
                }
              >
                {check.pairs.map((p) => (
                  <tr key={p.id} data-pair={p.id}>
                    <Cell className="px-3 py-2 tabular-nums" align="right">
                      {p.rank}
                    </Cell>
                    <Cell className="px-3 py-2">{p.left.name || p.left.email}</Cell>
                    <Cell className="px-3 py-2">{p.right.name || p.right.email}</Cell>
                    <Cell className="px-3 py-2 tabular-nums" align="right">
                      <Link
                        href={`/similarity/${check.id}/pairs/${p.id}`}
                        className="font-medium text-indigo-600 hover:text-indigo-500 dark:text-indigo-400"
                        data-testid="pair-link"
                      >
                        {percent(p.similarity)}
                      </Link>
                    </Cell>
                    <Cell className="px-3 py-2 tabular-nums" align="right">
                      {p.longestFragment} lines
                    </Cell>
                    <Cell className="px-3 py-2 text-sm">
                      {p.review ? (
                        <span className={p.review.verdict === "suspicious" ? "text-red-600" : "text-emerald-600"}>
                          {p.review.verdict === "fine" ? "reviewed — fine" : "suspicious"}
                        </span>
                      ) : (
                        <span className="text-zinc-500">—</span>
                      )}
                    </Cell>
                  </tr>
                ))}
              </Table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
