import type { SimilarityPanelRow } from "@arbiter/core/similarity";
import Link from "next/link";
import { Cell, HeaderCell, Table } from "@/components/Table";
import type { CheckOrigin } from "@/app/similarity/actions";
import { StartCheckForm } from "./StartCheckForm";
import { statusText } from "./statusText";

interface Props {
  rows: SimilarityPanelRow[];
  /** Builds the origin of a problem's check: the assignment or the contest it is in. */
  place: { assignment: string } | { contest: string };
}

/** Staff only: each problem's newest similarity check, with a link to its report and a (re-)run button. */
export function SimilarityPanel({ rows, place }: Props) {
  return (
    <section className="card p-6" aria-labelledby="similarity-heading" data-testid="similarity-panel">
      <h2 id="similarity-heading" className="text-lg font-semibold tracking-tight">
        Similarity
      </h2>
      <p className="mt-1 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
        Compares each participant&apos;s counted (or last) submission with everyone else&apos;s in the same language;
        the starter template never counts as a match. Only staff see checks and their reports.
      </p>
      <Table
        testId="similarity-problems"
        caption="Similarity checks per problem"
        head={
          <>
            <HeaderCell className="px-3 py-2">Problem</HeaderCell>
            <HeaderCell className="px-3 py-2">Latest check</HeaderCell>
            <HeaderCell className="px-3 py-2">Run</HeaderCell>
          </>
        }
      >
        {rows.map((row) => {
          const origin: CheckOrigin = { ...place, problem: row.slug };
          return (
            <tr key={row.problemId} data-problem={row.slug}>
              <Cell className="px-3 py-2 font-medium">{row.title}</Cell>
              <Cell className="px-3 py-2 text-sm" data-testid="similarity-latest">
                {row.latest ? (
                  <Link
                    href={`/similarity/${row.latest.id}`}
                    className="text-indigo-600 hover:text-indigo-500 dark:text-indigo-400"
                  >
                    {statusText(row.latest)}
                  </Link>
                ) : (
                  <span className="text-zinc-500">never run</span>
                )}
              </Cell>
              <Cell className="px-3 py-2">
                <StartCheckForm origin={origin} label={row.latest ? "Re-run" : "Run check"} />
              </Cell>
            </tr>
          );
        })}
      </Table>
    </section>
  );
}
