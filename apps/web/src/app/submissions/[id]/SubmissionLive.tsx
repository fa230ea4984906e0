"use client";

import type { SampleComparison, ScoreScale } from "@arbiter/core";
import { LANGUAGES, type SubmissionView } from "@arbiter/shared";
import Link from "next/link";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { VerdictBadge } from "@/components/VerdictBadge";
import { CompilerOutput } from "@/components/submission/CompilerOutput";
import { HiddenTestsNote } from "@/components/submission/HiddenTestsNote";
import { formatMemoryKb, formatScore, formatTime } from "@/components/submission/formatSubmission";
import { TestsTable } from "@/components/submission/TestsTable";
import { useLiveSubmission } from "@/components/submission/useLiveSubmission";
import { formatDateTime } from "@/lib/format";
import { loadSubmissionResults, type SubmissionResults } from "./actions";

interface Props {
  initial: SubmissionView;
  samples: SampleComparison[];
  problemTitle: string;
  scoreScale: ScoreScale;
  totalTests: number;
  /** The submit could not reach the queue; the reconciler will enqueue it. */
  delayed?: boolean;
  /** The file name compiler messages refer to. */
  sourceFile: string;
}

/**
 * The submission's verdict, score and per-test table, kept current over server-sent
 * events (polling if those fail). When judging ends, the final results and the sample
 * comparisons, which live events do not carry, are loaded once.
 */
export function SubmissionLive({ initial, samples, problemTitle, scoreScale, totalTests, delayed, sourceFile }: Props) {
  const live = useLiveSubmission(initial);
  const [results, setResults] = useState<SubmissionResults | null>(null);
  const liveDone = live.view.status === "done";

  useEffect(() => {
    if (!liveDone || initial.status === "done") return;
    let cancelled = false;
    loadSubmissionResults(initial.id).then(
      (loaded) => {
        if (!cancelled && loaded) setResults(loaded);
      },
      () => undefined, // the live view is still shown; the diff appears on reload
    );
    return () => {
      cancelled = true;
    };
  }, [liveDone, initial.id, initial.status]);

  const view = results?.view ?? live.view;
  const sampleMap = useMemo(() => new Map((results?.samples ?? samples).map((s) => [s.index, s])), [results, samples]);
  const done = view.status === "done";
  const passed = view.tests.filter((t) => t.verdict === "AC").length;
  const compileFailed = done && view.verdict === "CE";
  // Hidden tests left out of `tests` (students under verdict_only or first_failure).
  const withheld = view.hidden !== null && view.hidden.disclosure !== "per_test";
  // Over what the viewer may see: each sample, and the hidden tests only through their maximum.
  const measured = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
  const times = [...measured(view.tests.map((t) => t.timeMs)), ...measured([view.hidden?.maxTimeMs ?? null])];
  const memories = [...measured(view.tests.map((t) => t.memoryKb)), ...measured([view.hidden?.maxMemoryKb ?? null])];

  return (
    <div className="space-y-8" data-testid="submission" data-live={live.transport} data-status={view.status}>
      <header className="card overflow-hidden">
        <div className="flex flex-wrap items-start justify-between gap-4 p-6">
          <div className="min-w-0">
            <p className="text-sm text-zinc-500 dark:text-zinc-400">
              Submission <span className="font-mono text-xs">{view.id}</span>
            </p>
            <h1 className="mt-1 truncate text-2xl font-semibold tracking-tight">
              <Link href={`/problems/${view.problem}`} className="hover:text-indigo-600 dark:hover:text-indigo-400">
                {problemTitle}
              </Link>
            </h1>
          </div>
          <div aria-live="polite" className="flex flex-col items-end gap-1.5">
            {done && view.verdict ? (
              <VerdictBadge verdict={view.verdict} size="lg" long testId="final-verdict" />
            ) : (
              <VerdictBadge verdict={null} status={view.status} size="lg" testId="submission-status" />
            )}
            <LiveIndicator transport={live.transport} done={done} />
          </div>
        </div>
        {!done && (
          <Progress
            judged={view.tests.length + (withheld ? (view.hidden?.judged ?? 0) : 0)}
            total={totalTests}
            queued={view.status === "queued"}
          />
        )}
        <dl className="grid grid-cols-2 gap-x-4 gap-y-4 border-t border-zinc-200 px-6 py-5 text-sm sm:grid-cols-3 lg:grid-cols-6 dark:border-zinc-800">
          <Fact label="Score">
            <span data-testid="score" className={done ? "text-base font-semibold" : ""}>
              {done ? formatScore(view.score, scoreScale) : "—"}
            </span>
          </Fact>
          <Fact label="Tests passed">
            <span data-testid="tests-passed">
              {compileFailed || withheld ? "—" : `${passed} / ${done ? view.tests.length : totalTests}`}
            </span>
          </Fact>
          <Fact label="Max time">{times.length > 0 ? formatTime(Math.max(...times)) : "—"}</Fact>
          <Fact label="Max memory">{memories.length > 0 ? formatMemoryKb(Math.max(...memories)) : "—"}</Fact>
          <Fact label="Language">{LANGUAGES[view.language].name}</Fact>
          <Fact label="Submitted">{formatDateTime(view.createdAt)}</Fact>
        </dl>
        {delayed && view.status === "queued" && (
          <p
            role="status"
            className="mx-6 mb-5 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-600/20 ring-inset dark:bg-amber-500/10 dark:text-amber-200 dark:ring-amber-400/30"
            data-testid="judge-delayed"
          >
            Your submission is saved, but the judge is temporarily unavailable. Judging will start when it is back; this
            page updates by itself.
          </p>
        )}
        {live.notice && (
          <p role="status" className="mx-6 mb-5 text-sm text-amber-700 dark:text-amber-300">
            {live.notice}
          </p>
        )}
      </header>

      {view.compileOutput && (
        <CompilerOutput output={view.compileOutput} failed={compileFailed} sourceFile={sourceFile} />
      )}

      {!compileFailed && (view.tests.length > 0 || !done || view.hidden) && (
        <section aria-labelledby="tests-heading">
          <div className="mb-2 flex items-baseline justify-between gap-3">
            <h2 id="tests-heading" className="text-lg font-semibold tracking-tight">
              Tests
            </h2>
            {view.tests.some((t) => t.sample) && (
              <p className="text-xs text-zinc-500 dark:text-zinc-400">
                Open a sample test to compare your output; hidden tests never show their data.
              </p>
            )}
          </div>
          {view.hidden && <HiddenTestsNote hidden={view.hidden} status={view.status} />}
          <TestsTable
            tests={view.tests}
            samples={sampleMap}
            status={view.status}
            totalTests={totalTests}
            hiddenWithheld={withheld}
          />
        </section>
      )}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="mt-0.5 font-medium tabular-nums">{children}</dd>
    </div>
  );
}

function Progress({ judged, total, queued }: { judged: number; total: number; queued: boolean }) {
  const percent = total > 0 ? Math.min(100, Math.round((judged / total) * 100)) : 0;
  return (
    <div
      className="h-1 w-full bg-zinc-100 dark:bg-zinc-800"
      role="progressbar"
      aria-label="Tests judged"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={judged}
    >
      <div
        className={`h-full bg-indigo-500 transition-[width] duration-300 ${queued ? "animate-pulse" : ""}`}
        style={{ width: `${queued ? 2 : Math.max(percent, 4)}%` }}
      />
    </div>
  );
}

function LiveIndicator({ transport, done }: { transport: string; done: boolean }) {
  if (done || transport === "static") return null;
  const label = transport === "sse" ? "Live" : transport === "poll" ? "Updating" : "Connecting…";
  return (
    <span className="inline-flex items-center gap-1.5 text-xs text-zinc-500 dark:text-zinc-400">
      <span
        className={`size-1.5 rounded-full ${transport === "sse" ? "bg-emerald-500" : "bg-zinc-400"} motion-safe:animate-pulse`}
        aria-hidden="true"
      />
      {label}
    </span>
  );
}
