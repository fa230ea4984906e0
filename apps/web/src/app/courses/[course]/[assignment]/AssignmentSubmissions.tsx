import type { AssignmentSubmissionRow } from "@arbiter/core/courses";
import Link from "next/link";
import { Cell, HeaderCell, Table } from "@/components/Table";
import { VerdictBadge } from "@/components/VerdictBadge";
import { LocalTime } from "@/components/LocalTime";
import { formatScore } from "@/lib/format";

/** The newest submissions of an assignment, each opening the review page (staff only). */
export function AssignmentSubmissions({ rows, limit }: { rows: AssignmentSubmissionRow[]; limit: number }) {
  if (rows.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No submissions yet.</p>;
  return (
    <div className="card overflow-x-auto">
      <Table
        testId="assignment-submissions"
        caption="Submissions"
        head={
          <>
            <HeaderCell className="px-4 py-2.5">Student</HeaderCell>
            <HeaderCell className="px-4 py-2.5">Problem</HeaderCell>
            <HeaderCell className="px-4 py-2.5">Verdict</HeaderCell>
            <HeaderCell className="px-4 py-2.5" align="right">
              Score
            </HeaderCell>
            <HeaderCell className="px-4 py-2.5">Submitted</HeaderCell>
            <HeaderCell className="px-4 py-2.5">
              <span className="sr-only">Review</span>
            </HeaderCell>
          </>
        }
      >
        {rows.map((r) => (
          <tr key={r.id} data-submission={r.id} data-student={r.student.email}>
            <Cell className="px-4 py-2">
              <div className="font-medium">{r.student.name}</div>
              <div className="text-xs text-zinc-500">{r.student.email}</div>
            </Cell>
            <Cell className="px-4 py-2 font-mono text-xs">{r.problem}</Cell>
            <Cell className="px-4 py-2">
              <VerdictBadge verdict={r.verdict} status={r.status} />
            </Cell>
            <Cell className="px-4 py-2 tabular-nums" align="right">
              {r.score === null ? "—" : formatScore(r.score)}
            </Cell>
            <Cell className="px-4 py-2 whitespace-nowrap">
              <LocalTime iso={r.createdAt} />
            </Cell>
            <Cell className="px-4 py-2">
              <Link
                href={`/submissions/${r.id}`}
                className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400"
                data-testid="review-link"
              >
                Review
              </Link>
            </Cell>
          </tr>
        ))}
      </Table>
      {rows.length === limit && (
        <p className="border-t border-zinc-200 px-4 py-2 text-xs text-zinc-500 dark:border-zinc-800">
          The newest {limit} are shown; the gradebook links every counted submission.
        </p>
      )}
    </div>
  );
}
