import {
  listSubmissionPage,
  listSubmittedProblems,
  recordIdSchema,
  submissionFiltersSchema,
  type SubmissionFilters,
} from "@arbiter/core";
import { LANGUAGES } from "@arbiter/shared";
import type { Metadata } from "next";
import Link from "next/link";
import { Cell, HeaderCell, LinkedRow, Table } from "@/components/Table";
import { VerdictBadge } from "@/components/VerdictBadge";
import { formatScoreShort } from "@/components/submission/formatSubmission";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { HistoryFilters } from "./HistoryFilters";

export const metadata: Metadata = { title: "My submissions" };

/** Rows per page of the history. */
const PAGE_SIZE = 25;

type SearchParams = Record<string, string | string[] | undefined>;

/** My submissions, newest first, filterable by problem, verdict and language, paged by cursor. */
export default async function SubmissionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const first = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value) || undefined;
  };
  // A hand-edited bad filter (?verdict=XX) is dropped rather than failing the page.
  const parsed = submissionFiltersSchema.safeParse({
    problem: first("problem"),
    verdict: first("verdict"),
    language: first("language"),
  });
  const filters: SubmissionFilters = parsed.success ? parsed.data : {};
  // Likewise a cursor that cannot be an id (`?cursor=a%00b`) starts from the newest.
  const rawCursor = first("cursor");
  const cursor = rawCursor && recordIdSchema.safeParse(rawCursor).success ? rawCursor : undefined;
  const query = (extra: Record<string, string> = {}) => {
    const q = new URLSearchParams({ ...definedOnly(filters), ...extra });
    return q.size > 0 ? `/submissions?${q.toString()}` : "/submissions";
  };

  const user = await requireUser(query(cursor ? { cursor } : {}));
  const db = getDb();
  const [{ submissions, nextCursor }, problems] = await Promise.all([
    listSubmissionPage(db, user, { ...filters, cursor, take: PAGE_SIZE }),
    listSubmittedProblems(db, user),
  ]);
  const filtered = Boolean(filters.problem || filters.verdict || filters.language);

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-x-6 gap-y-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">My submissions</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {cursor ? "Older submissions." : "Newest first."}
          </p>
        </div>
        {/* Nothing to filter before the first submission. */}
        {(problems.length > 0 || filtered) && <HistoryFilters key={query()} problems={problems} current={filters} />}
      </div>

      {submissions.length === 0 ? (
        <div className="card px-6 py-14 text-center" data-testid="submissions-empty">
          <EmptyIcon />
          {filtered || cursor ? (
            <>
              <p className="mt-3 font-medium">No submissions match these filters.</p>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                <Link
                  href="/submissions"
                  className="font-medium text-indigo-600 hover:text-indigo-500 dark:text-indigo-400"
                >
                  Show all my submissions
                </Link>
              </p>
            </>
          ) : (
            <>
              <p className="mt-3 font-medium">You have not submitted anything yet.</p>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                Pick a problem, write a solution, and its verdict shows up here.
              </p>
              <Link href="/problems" className="btn-primary mt-5">
                Browse problems
              </Link>
            </>
          )}
        </div>
      ) : (
        <div className="card overflow-x-auto">
          <Table
            testId="submissions-table"
            head={
              <>
                <HeaderCell className="px-4 py-3 sm:pl-6">Submitted</HeaderCell>
                <HeaderCell className="px-4 py-3">Problem</HeaderCell>
                <HeaderCell from="sm" className="px-4 py-3">
                  Language
                </HeaderCell>
                <HeaderCell className="px-4 py-3">Verdict</HeaderCell>
                <HeaderCell align="right" className="px-4 py-3 sm:pr-6">
                  Score
                </HeaderCell>
              </>
            }
          >
            {submissions.map((s) => (
              <LinkedRow
                key={s.id}
                data-testid="submission-row"
                data-id={s.id}
                data-verdict={s.verdict ?? "pending"}
                data-language={s.language}
                data-problem={s.problem}
              >
                <Cell className="px-4 py-3 whitespace-nowrap text-zinc-600 tabular-nums sm:pl-6 dark:text-zinc-400">
                  <Link
                    href={`/submissions/${s.id}`}
                    className="after:absolute after:inset-0 group-hover:text-indigo-600 dark:group-hover:text-indigo-400"
                  >
                    {formatDateTime(s.createdAt)}
                  </Link>
                </Cell>
                <Cell className="px-4 py-3">
                  <span className="font-medium">{s.problemTitle}</span>
                  <span className="ml-2 hidden font-mono text-xs text-zinc-500 md:inline dark:text-zinc-400">
                    {s.problem}
                  </span>
                </Cell>
                <Cell from="sm" className="px-4 py-3 text-zinc-700 dark:text-zinc-300">
                  {LANGUAGES[s.language].name}
                </Cell>
                <Cell className="px-4 py-3">
                  <VerdictBadge verdict={s.verdict} status={s.status} />
                </Cell>
                <Cell align="right" className="px-4 py-3 whitespace-nowrap tabular-nums sm:pr-6">
                  {formatScoreShort(s.score, s.scoreScale)}
                </Cell>
              </LinkedRow>
            ))}
          </Table>
        </div>
      )}

      {(cursor || nextCursor) && (
        <nav className="mt-4 flex items-center justify-between text-sm" aria-label="Pages" data-testid="pagination">
          {cursor ? (
            <Link href={query()} className="btn-secondary">
              ← Newest
            </Link>
          ) : (
            <span />
          )}
          {nextCursor && (
            <Link href={query({ cursor: nextCursor })} className="btn-secondary" data-testid="older-page" rel="next">
              Older →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}

function definedOnly(filters: SubmissionFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

function EmptyIcon() {
  return (
    <svg
      className="mx-auto size-10 text-zinc-300 dark:text-zinc-600"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      aria-hidden="true"
    >
      <path
        strokeLinecap="round"
        strokeLinejoin="round"
        d="M19.5 14.25v-2.625a3.375 3.375 0 0 0-3.375-3.375h-1.5A1.125 1.125 0 0 1 13.5 7.125v-1.5a3.375 3.375 0 0 0-3.375-3.375H8.25m0 12.75h7.5m-7.5 3H12M10.5 2.25H5.625c-.621 0-1.125.504-1.125 1.125v17.25c0 .621.504 1.125 1.125 1.125h12.75c.621 0 1.125-.504 1.125-1.125V11.25a9 9 0 0 0-9-9Z"
      />
    </svg>
  );
}
