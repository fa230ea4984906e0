import { listProblems } from "@arbiter/core";
import type { Metadata } from "next";
import Link from "next/link";
import { formatMs } from "@/lib/format";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";

export const metadata: Metadata = { title: "Problems" };

export default async function ProblemsPage() {
  await requireUser("/problems");
  const problems = await listProblems(getDb());

  return (
    <div>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Problems</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Pick a problem, read the statement, and submit a solution in any installed language.
        </p>
      </div>

      {problems.length === 0 ? (
        <div className="card p-10 text-center text-zinc-600 dark:text-zinc-400">
          No problems yet. An instructor can import one with the CLI.
        </div>
      ) : (
        <div className="card overflow-hidden">
          <table className="w-full text-left text-sm" data-testid="problems-table">
            <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-4 py-3 sm:px-6">
                  Title
                </th>
                <th scope="col" className="hidden px-4 py-3 sm:table-cell">
                  Slug
                </th>
                <th scope="col" className="px-4 py-3 text-right">
                  Time
                </th>
                <th scope="col" className="px-4 py-3 text-right sm:pr-6">
                  Memory
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {problems.map((p) => (
                <tr
                  key={p.slug}
                  className="group relative hover:bg-zinc-50 dark:hover:bg-zinc-800/40"
                  data-testid="problem-row"
                  data-slug={p.slug}
                >
                  <td className="px-4 py-3.5 sm:px-6">
                    <Link
                      href={`/problems/${p.slug}`}
                      className="font-medium text-zinc-900 group-hover:text-indigo-600 after:absolute after:inset-0 dark:text-zinc-100 dark:group-hover:text-indigo-400"
                    >
                      {p.title}
                    </Link>
                  </td>
                  <td className="hidden px-4 py-3.5 font-mono text-xs text-zinc-500 sm:table-cell dark:text-zinc-400">
                    {p.slug}
                  </td>
                  <td className="px-4 py-3.5 text-right text-zinc-700 tabular-nums dark:text-zinc-300">
                    {formatMs(p.timeLimitMs)}
                  </td>
                  <td className="px-4 py-3.5 text-right text-zinc-700 tabular-nums sm:pr-6 dark:text-zinc-300">
                    {p.memoryLimitMb} MiB
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
