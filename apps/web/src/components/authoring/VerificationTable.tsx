import type { VerificationRun } from "@arbiter/core/authoring";
import { VerdictBadge } from "@/components/VerdictBadge";

/**
 * Each example submission: the rules it must meet (its folder's, submissions.yaml's or its
 * @EXPECTED_RESULTS@ line) against the verdict the judge gave, and each rule it broke.
 */
export function VerificationTable({ runs }: { runs: VerificationRun[] }) {
  if (runs.length === 0) {
    return (
      <p className="text-sm text-zinc-500 dark:text-zinc-400" data-testid="verification-empty">
        The package shipped no submissions to verify (submissions/accepted, wrong_answer, time_limit_exceeded,
        run_time_error).
      </p>
    );
  }
  return (
    <div className="card overflow-x-auto">
      <table className="w-full text-sm" data-testid="verification-table">
        <thead className="text-left text-xs text-zinc-500 uppercase dark:text-zinc-400">
          <tr>
            <th className="px-3 py-2 font-medium">Submission</th>
            <th className="px-3 py-2 font-medium">Expected</th>
            <th className="px-3 py-2 font-medium">Got</th>
            <th className="px-3 py-2 font-medium">Result</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {runs.map((run) => (
            <tr key={run.submissionId} data-run={run.file} data-matches={String(run.matches)}>
              <td className="px-3 py-2 font-mono text-xs">{run.file}</td>
              <td className="px-3 py-2 text-xs" data-testid="expected">
                {run.expected.join("; ")}
              </td>
              <td className="px-3 py-2" data-testid="got">
                <VerdictBadge verdict={run.verdict} status={run.status} />
              </td>
              <td className="px-3 py-2" data-testid="result">
                {run.matches === null ? (
                  <span className="text-zinc-500">…</span>
                ) : run.matches ? (
                  <span className="font-medium text-emerald-700 dark:text-emerald-400">as expected</span>
                ) : (
                  <span className="font-medium text-red-700 dark:text-red-400" title={run.failures.join("\n")}>
                    mismatch: {run.failures.join("; ")}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
