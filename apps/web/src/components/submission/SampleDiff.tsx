import type { SampleComparison } from "@arbiter/core";
import type { Verdict } from "@arbiter/shared";
import { CopyButton } from "@/components/CopyButton";
import { hasDifferences, lineDiff, type DiffLine } from "./lineDiff";

/** Diffs longer than this many lines are cut, to keep the page light. */
const MAX_DIFF_LINES = 400;

/**
 * A sample test laid bare: its input, the expected and the actual output, and a line
 * diff between the two outputs. Only ever given sample tests (the server never sends
 * anything else).
 */
export function SampleDiff({ sample, verdict }: { sample: SampleComparison; verdict: Verdict }) {
  const actual = sample.actual ?? "";
  const diff = lineDiff(sample.expected, actual);
  const differs = hasDifferences(diff);
  const shown = diff.slice(0, MAX_DIFF_LINES);

  return (
    <div className="space-y-4" data-testid="sample-diff" data-index={sample.index}>
      <div className="grid gap-3 md:grid-cols-3">
        <TextPanel title="Input" text={sample.input} testId="sample-input" />
        <TextPanel title="Expected output" text={sample.expected} testId="sample-expected" />
        <TextPanel
          title="Your output"
          text={actual}
          testId="sample-actual"
          empty={sample.actual === null ? "No output was kept for this run." : "Your program printed nothing."}
        />
      </div>

      {verdict === "WA" || differs ? (
        differs ? (
          <div>
            <div className="mb-1.5 flex flex-wrap items-baseline justify-between gap-2">
              <h4 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
                Difference
              </h4>
              <p className="flex items-center gap-3 text-xs text-zinc-500 dark:text-zinc-400">
                <span className="inline-flex items-center gap-1">
                  <span className="size-2.5 rounded-sm bg-red-400/70" aria-hidden="true" /> expected, missing
                </span>
                <span className="inline-flex items-center gap-1">
                  <span className="size-2.5 rounded-sm bg-emerald-400/70" aria-hidden="true" /> printed, not expected
                </span>
              </p>
            </div>
            <div
              className="overflow-x-auto rounded-lg border border-zinc-200 bg-white font-mono text-[13px] leading-relaxed dark:border-zinc-800 dark:bg-zinc-950"
              data-testid="diff"
            >
              <table className="w-full border-collapse">
                <tbody>
                  {shown.map((line, i) => (
                    <DiffRow key={i} line={line} />
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-1.5 text-xs text-zinc-500 dark:text-zinc-400">
              Lines compared exactly, ignoring trailing spaces and blank lines at the end; the problem&apos;s checker
              may be more lenient.
              {diff.length > shown.length && ` Only the first ${MAX_DIFF_LINES} lines are shown.`}
            </p>
          </div>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Line by line your output matches; the checker still rejected it (look for spacing or number formatting).
          </p>
        )
      ) : null}
      {sample.truncated && (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          Some of this test&apos;s text is longer than 64 KiB; only the beginning is shown.
        </p>
      )}
    </div>
  );
}

function TextPanel({ title, text, testId, empty }: { title: string; text: string; testId: string; empty?: string }) {
  return (
    <div className="min-w-0">
      <div className="mb-1 flex items-center justify-between">
        <h4 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{title}</h4>
        {text && <CopyButton text={text} label={`Copy ${title.toLowerCase()}`} />}
      </div>
      <pre className="code-block max-h-60 min-h-[3.25rem] bg-white dark:bg-zinc-950" data-testid={testId}>
        {text || <span className="text-zinc-400 italic dark:text-zinc-500">{empty ?? "(empty)"}</span>}
      </pre>
    </div>
  );
}

const ROW_STYLE: Record<DiffLine["kind"], string> = {
  same: "text-zinc-600 dark:text-zinc-400",
  missing: "bg-red-50 text-red-900 dark:bg-red-500/10 dark:text-red-200",
  extra: "bg-emerald-50 text-emerald-900 dark:bg-emerald-500/10 dark:text-emerald-200",
};
const SIGN: Record<DiffLine["kind"], string> = { same: " ", missing: "−", extra: "+" };

function DiffRow({ line }: { line: DiffLine }) {
  const expected = line.kind === "extra" ? "" : line.expectedLine;
  const actual = line.kind === "missing" ? "" : line.actualLine;
  return (
    <tr className={ROW_STYLE[line.kind]} data-kind={line.kind}>
      <td className="w-10 px-2 text-right text-zinc-400 tabular-nums select-none dark:text-zinc-600">{expected}</td>
      <td className="w-10 px-2 text-right text-zinc-400 tabular-nums select-none dark:text-zinc-600">{actual}</td>
      <td className="w-5 text-center select-none">{SIGN[line.kind]}</td>
      <td className="pr-3 whitespace-pre">{line.text || " "}</td>
    </tr>
  );
}
