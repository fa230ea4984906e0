import { listSubmissionsForUser } from "@arbiter/core";
import { LANGUAGES, isLanguageId } from "@arbiter/shared";
import type { Metadata } from "next";
import Link from "next/link";
import { VerdictBadge } from "@/components/VerdictBadge";
import { formatDateTime, formatScore } from "@/lib/format";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";

export const metadata: Metadata = { title: "My submissions" };

export default async function SubmissionsPage({
  searchParams,
}: {
  searchParams: Promise<{ problem?: string | string[] }>;
}) {
  const { problem: problemParam } = await searchParams;
  const problem = Array.isArray(problemParam) ? problemParam[0] : problemParam;
  const user = await requireUser(problem ? `/submissions?problem=${encodeURIComponent(problem)}` : "/submissions");
  const submissions = await listSubmissionsForUser(getDb(), user, { problem, take: 100 });

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">My submissions</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            {problem ? (
              <>
                For <span className="font-mono">{problem}</span> ·{" "}
                <Link href="/submissions" className="text-indigo-600 hover:text-indigo-500 dark:text-indigo-400">
                  show all
                </Link>
              </>
            ) : (
              "Newest first."
            )}
          </p>
        </div>
        {problem && (
          <Link href={`/problems/${encodeURIComponent(problem)}`} className="btn-secondary">
            Back to the problem
          </Link>
        )}
      </div>

      {submissions.length === 0 ? (
        <div className="card p-10 text-center text-zinc-600 dark:text-zinc-400">
          Nothing submitted yet.{" "}
          <Link href="/problems" className="font-medium text-indigo-600 hover:text-indigo-500 dark:text-indigo-400">
            Pick a problem
          </Link>
          .
        </div>
      ) : (
        <div className="card overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="submissions-table">
            <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-4 py-3 sm:pl-6">
                  Submitted
                </th>
                <th scope="col" className="px-4 py-3">
                  Problem
                </th>
                <th scope="col" className="hidden px-4 py-3 sm:table-cell">
                  Language
                </th>
                <th scope="col" className="px-4 py-3">
                  Verdict
                </th>
                <th scope="col" className="px-4 py-3 text-right sm:pr-6">
                  Score
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {submissions.map((s) => (
                <tr
                  key={s.id}
                  className="group relative hover:bg-zinc-50 dark:hover:bg-zinc-800/40"
                  data-testid="submission-row"
                >
                  <td className="px-4 py-3 whitespace-nowrap text-zinc-600 tabular-nums sm:pl-6 dark:text-zinc-400">
                    <Link
                      href={`/submissions/${s.id}`}
                      className="after:absolute after:inset-0 group-hover:text-indigo-600 dark:group-hover:text-indigo-400"
                    >
                      {formatDateTime(s.createdAt)}
                    </Link>
                  </td>
                  <td className="px-4 py-3 font-mono text-xs">{s.problem}</td>
                  <td className="hidden px-4 py-3 text-zinc-700 sm:table-cell dark:text-zinc-300">
                    {isLanguageId(s.language) ? LANGUAGES[s.language].name : s.language}
                  </td>
                  <td className="px-4 py-3">
                    <VerdictBadge verdict={s.verdict} status={s.status} />
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums sm:pr-6">{formatScore(s.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
