import type { ReviewTest } from "@arbiter/core/courses";
import { VERDICT_LABELS } from "@arbiter/shared";
import { VerdictBadge } from "@/components/VerdictBadge";
import { formatMemoryKb, formatTime } from "@/components/submission/formatSubmission";

/**
 * Every test of the newest judging with its input, expected and actual output — hidden
 * tests included. Rendered only for the submission's staff (the page asks the core, which
 * refuses everyone else); failed tests start open.
 */
export function ReviewTests({ tests }: { tests: ReviewTest[] }) {
  return (
    <section aria-labelledby="review-tests-heading" className="space-y-3" data-testid="review-tests">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="review-tests-heading" className="text-lg font-semibold tracking-tight">
          Test data <span className="text-sm font-normal text-zinc-500">(staff only)</span>
        </h2>
        <p className="text-xs text-zinc-500">Students never see hidden tests&apos; data.</p>
      </div>
      {tests.length === 0 && <p className="text-sm text-zinc-500">No test has been judged yet.</p>}
      <div className="space-y-2">
        {tests.map((t) => (
          <details
            key={t.index}
            open={t.verdict !== "AC"}
            className="card overflow-hidden"
            data-testid="review-test"
            data-index={t.index}
            data-sample={t.sample}
            data-verdict={t.verdict}
          >
            <summary className="flex cursor-pointer items-center gap-3 px-4 py-2.5 text-sm">
              <span className="w-6 font-medium tabular-nums">{t.index}</span>
              <VerdictBadge verdict={t.verdict} />
              <span className="hidden text-zinc-600 md:inline dark:text-zinc-400">{VERDICT_LABELS[t.verdict]}</span>
              <span className="font-mono text-xs text-zinc-500">{t.name}</span>
              <span className="text-xs text-zinc-500">{t.sample ? "sample" : "hidden"}</span>
              <span className="ml-auto text-xs text-zinc-500 tabular-nums">
                {formatTime(t.timeMs)} · {formatMemoryKb(t.memoryKb)}
              </span>
            </summary>
            <div className="grid gap-3 border-t border-zinc-200 p-4 md:grid-cols-3 dark:border-zinc-800">
              <Text label="Input" text={t.input} testId="review-input" />
              <Text label="Expected output" text={t.expected} testId="review-expected" />
              <Text
                label="Actual output"
                text={t.actual}
                testId="review-actual"
                missing="Not kept for this test (practice keeps only samples' output)."
              />
              {t.truncated && (
                <p className="text-xs text-zinc-500 md:col-span-3">Long texts are cut to their first 16 KiB.</p>
              )}
            </div>
          </details>
        ))}
      </div>
    </section>
  );
}

function Text({
  label,
  text,
  testId,
  missing,
}: {
  label: string;
  text: string | null;
  testId: string;
  missing?: string;
}) {
  return (
    <div className="min-w-0">
      <p className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-400">{label}</p>
      {text === null ? (
        <p className="text-xs text-zinc-500" data-testid={testId}>
          {missing}
        </p>
      ) : (
        <pre className="code-block max-h-64 text-xs whitespace-pre-wrap" data-testid={testId}>
          {text === "" ? <span className="text-zinc-400">(empty)</span> : text}
        </pre>
      )}
    </div>
  );
}
