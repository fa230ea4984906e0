import type { ContestSubmissionRow } from "@arbiter/core/contests";
import Link from "next/link";
import type { ReactNode } from "react";
import { Cell, HeaderCell, Table } from "@/components/Table";
import { VerdictBadge } from "@/components/VerdictBadge";
import { formatDateTime, formatScore } from "@/lib/format";

interface Props {
  rows: ContestSubmissionRow[];
  /** The jury's list names the participant and offers a per-row action (rejudge). */
  jury?: { action: (row: ContestSubmissionRow) => ReactNode };
  ioi: boolean;
}

/** A contest's submissions, each linking to its submission page. */
export function ContestSubmissionsTable({ rows, jury, ioi }: Props) {
  if (rows.length === 0) {
    return (
      <p
        className="card px-6 py-8 text-center text-sm text-zinc-600 dark:text-zinc-400"
        data-testid="contest-submissions-empty"
      >
        No submissions yet.
      </p>
    );
  }
  return (
    <div className="card overflow-x-auto">
      <Table
        testId="contest-submissions"
        head={
          <>
            <HeaderCell className="px-4 py-3 sm:pl-6">Submitted</HeaderCell>
            <HeaderCell className="px-4 py-3">Problem</HeaderCell>
            {jury && <HeaderCell className="px-4 py-3">Participant</HeaderCell>}
            <HeaderCell from="sm" className="px-4 py-3">
              Language
            </HeaderCell>
            <HeaderCell className="px-4 py-3">Verdict</HeaderCell>
            {ioi && (
              <HeaderCell align="right" className="px-4 py-3">
                Score
              </HeaderCell>
            )}
            {jury && <HeaderCell className="px-4 py-3 sm:pr-6">Jury</HeaderCell>}
          </>
        }
      >
        {rows.map((s) => (
          <tr key={s.id} data-testid="contest-submission-row" data-id={s.id} data-verdict={s.verdict ?? "pending"}>
            <Cell className="px-4 py-3 whitespace-nowrap tabular-nums sm:pl-6">
              <Link
                href={`/submissions/${s.id}`}
                className="text-indigo-600 hover:text-indigo-500 dark:text-indigo-400"
              >
                {formatDateTime(s.createdAt)}
              </Link>
              {s.upsolving && <span className="ml-2 text-xs text-zinc-500">upsolving</span>}
            </Cell>
            <Cell className="px-4 py-3 font-semibold">{s.label}</Cell>
            {jury && (
              <Cell className="px-4 py-3">
                {s.participant?.name ?? "—"}
                {s.participant?.virtual && <span className="ml-2 text-xs text-zinc-500">virtual</span>}
                <span className="ml-2 text-xs text-zinc-500">{s.author !== s.participant?.name ? s.author : ""}</span>
              </Cell>
            )}
            <Cell from="sm" className="px-4 py-3 font-mono text-xs">
              {s.language}
            </Cell>
            <Cell className="px-4 py-3">
              <VerdictBadge verdict={s.verdict} status={s.status} />
            </Cell>
            {ioi && (
              <Cell align="right" className="px-4 py-3 tabular-nums">
                {formatScore(s.score)}
              </Cell>
            )}
            {jury && <Cell className="px-4 py-2 sm:pr-6">{jury.action(s)}</Cell>}
          </tr>
        ))}
      </Table>
    </div>
  );
}
