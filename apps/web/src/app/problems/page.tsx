import { listProblemsForUser } from "@arbiter/core";
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { DifficultyBadge } from "@/components/DifficultyBadge";
import { ProblemStateIcon } from "@/components/ProblemStateIcon";
import { Cell, HeaderCell, LinkedRow, Table } from "@/components/Table";
import { parseDifficulty } from "@/lib/difficulty";
import { formatMs } from "@/lib/format";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { ProblemFilters } from "./ProblemFilters";

export const metadata: Metadata = { title: "Problems" };

type SearchParams = Promise<Record<"q" | "tag" | "difficulty", string | string[] | undefined>>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export default async function ProblemsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = first(params.q).slice(0, 100);
  const tag = first(params.tag).slice(0, 100);
  const difficulty = parseDifficulty(first(params.difficulty));
  const query = new URLSearchParams({
    ...(q && { q }),
    ...(tag && { tag }),
    ...(difficulty && { difficulty: String(difficulty) }),
  });
  const user = await requireUser(query.size ? `/problems?${query}` : "/problems");
  const listing = await listProblemsForUser(getDb(), user, { q, tag: tag || undefined, difficulty });
  const solved = listing.problems.filter((p) => p.state === "solved").length;

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Problems</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Pick a problem, read the statement, try your code on your own input, then submit.
          </p>
        </div>
        {user.role !== "student" && (
          <Link href="/author" className="btn-secondary" data-testid="author-link">
            Author problems
          </Link>
        )}
        {listing.problems.length > 0 && (
          <p className="text-sm text-zinc-600 tabular-nums dark:text-zinc-400" data-testid="solved-count">
            Solved {solved} of {listing.problems.length}
            {query.size ? " shown" : ""}
          </p>
        )}
      </div>

      {listing.total > 0 && (
        <ProblemFilters q={q} tag={tag} difficulty={difficulty ? String(difficulty) : ""} tags={listing.tags} />
      )}

      {listing.total === 0 ? (
        <EmptyState title="No problems yet" testId="problems-empty">
          An instructor can add one at Author problems, or with{" "}
          <code className="font-mono text-xs">arbiter problem:import</code>.
        </EmptyState>
      ) : listing.problems.length === 0 ? (
        <EmptyState title="No problems match" testId="problems-no-match">
          Nothing matches {q ? <>“{q}”</> : "these filters"}
          {tag ? <> tagged “{tag}”</> : null}.{" "}
          <Link href="/problems" className="font-medium text-indigo-600 hover:text-indigo-500 dark:text-indigo-400">
            Show all problems
          </Link>
        </EmptyState>
      ) : (
        <div className="card overflow-hidden">
          <Table
            testId="problems-table"
            caption="Problems, with your progress on each"
            head={
              <>
                <HeaderCell className="w-12 py-3 pl-4 sm:pl-6">
                  <span className="sr-only">Your progress</span>
                </HeaderCell>
                <HeaderCell className="px-3 py-3">Title</HeaderCell>
                <HeaderCell from="md" className="px-4 py-3">
                  Difficulty
                </HeaderCell>
                <HeaderCell from="sm" align="right" className="px-4 py-3">
                  Time
                </HeaderCell>
                <HeaderCell from="sm" align="right" className="px-4 py-3 sm:pr-6">
                  Memory
                </HeaderCell>
              </>
            }
          >
            {listing.problems.map((p) => (
              <LinkedRow key={p.slug} data-testid="problem-row" data-slug={p.slug} data-state={p.state}>
                <Cell className="py-3 pl-4 align-top sm:pl-6">
                  <ProblemStateIcon state={p.state} />
                </Cell>
                <Cell className="px-3 py-3.5">
                  <Link
                    href={`/problems/${p.slug}`}
                    className="font-medium text-zinc-900 group-hover:text-indigo-600 after:absolute after:inset-0 dark:text-zinc-100 dark:group-hover:text-indigo-400"
                  >
                    {p.title}
                  </Link>
                  <div className="mt-1 flex flex-wrap items-center gap-1.5">
                    <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{p.slug}</span>
                    {p.tags.map((t) => (
                      <Link
                        key={t}
                        href={`/problems?tag=${encodeURIComponent(t)}`}
                        className="relative z-10 rounded-full bg-zinc-100 px-2 py-0.5 text-xs text-zinc-700 hover:bg-indigo-100 hover:text-indigo-800 dark:bg-zinc-800 dark:text-zinc-300 dark:hover:bg-indigo-500/20 dark:hover:text-indigo-200"
                        data-testid="problem-tag"
                      >
                        {t}
                      </Link>
                    ))}
                    {p.difficulty !== null && (
                      <span className="md:hidden">
                        <DifficultyBadge difficulty={p.difficulty} />
                      </span>
                    )}
                  </div>
                </Cell>
                <Cell from="md" className="px-4 py-3.5">
                  <DifficultyBadge difficulty={p.difficulty} />
                </Cell>
                <Cell from="sm" align="right" className="px-4 py-3.5 text-zinc-700 tabular-nums dark:text-zinc-300">
                  {formatMs(p.timeLimitMs)}
                </Cell>
                <Cell
                  from="sm"
                  align="right"
                  className="px-4 py-3.5 text-zinc-700 tabular-nums sm:pr-6 dark:text-zinc-300"
                >
                  {p.memoryLimitMb} MiB
                </Cell>
              </LinkedRow>
            ))}
          </Table>
        </div>
      )}
    </div>
  );
}

function EmptyState({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <div className="card px-6 py-12 text-center" data-testid={testId}>
      <p className="text-base font-semibold text-zinc-900 dark:text-zinc-100">{title}</p>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{children}</p>
    </div>
  );
}
