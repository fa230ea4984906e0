"use client";

import { VERDICT_LABELS, type SubmissionView } from "@arbiter/shared";
import Link from "next/link";
import { useEffect, useState, type ReactNode } from "react";
import { VerdictBadge } from "@/components/VerdictBadge";
import { formatDateTime, formatScore } from "@/lib/format";

/** How often to ask for progress while judging, in milliseconds. */
const POLL_INTERVAL_MS = 700;
/** Longest wait between polls after repeated network failures, in milliseconds. */
const MAX_BACKOFF_MS = 10_000;

interface Props {
  initial: SubmissionView;
  problemTitle: string;
  languageName: string;
  /** The submit could not reach the queue; the reconciler will enqueue it. */
  delayed?: boolean;
}

/**
 * The submission header and per-test table, kept current by polling
 * `GET /api/v1/submissions/:id` (with the session cookie) until the status is done.
 */
export function SubmissionLive({ initial, problemTitle, languageName, delayed = false }: Props) {
  const [view, setView] = useState(initial);
  const [pollError, setPollError] = useState<string | null>(null);
  const done = view.status === "done";

  useEffect(() => {
    if (initial.status === "done") return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const controller = new AbortController();

    const poll = async () => {
      try {
        const response = await fetch(`/api/v1/submissions/${encodeURIComponent(initial.id)}`, {
          cache: "no-store",
          signal: controller.signal,
        });
        if (response.status === 401 || response.status === 404) {
          setPollError("This submission is no longer available to you. Sign in again to follow it.");
          return;
        }
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const next = (await response.json()) as SubmissionView;
        failures = 0;
        setPollError(null);
        setView(next);
        if (next.status === "done") return;
      } catch {
        if (stopped) return;
        failures += 1;
        if (failures >= 3) setPollError("Lost contact with the server; still retrying…");
      }
      if (!stopped) timer = setTimeout(() => void poll(), Math.min(POLL_INTERVAL_MS * 2 ** failures, MAX_BACKOFF_MS));
    };

    timer = setTimeout(() => void poll(), POLL_INTERVAL_MS);
    return () => {
      stopped = true;
      controller.abort();
      clearTimeout(timer);
    };
  }, [initial.id, initial.status]);

  const passed = view.tests.filter((t) => t.verdict === "AC").length;

  return (
    <>
      <header className="card p-6">
        <div className="flex flex-wrap items-start justify-between gap-4">
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
          <div aria-live="polite" className="flex items-center gap-3">
            {done && view.verdict ? (
              <VerdictBadge verdict={view.verdict} size="lg" long testId="final-verdict" />
            ) : (
              <VerdictBadge verdict={null} status={view.status} size="lg" testId="submission-status" />
            )}
          </div>
        </div>
        <dl className="mt-5 grid grid-cols-2 gap-4 border-t border-zinc-200 pt-5 text-sm sm:grid-cols-4 dark:border-zinc-800">
          <Fact label="Language">{languageName}</Fact>
          <Fact label="Submitted">{formatDateTime(view.createdAt)}</Fact>
          <Fact label="Tests passed">
            <span data-testid="tests-passed">
              {passed} / {view.tests.length}
              {!done && "…"}
            </span>
          </Fact>
          <Fact label="Score">
            <span data-testid="score">{done ? formatScore(view.score) : "—"}</span>
          </Fact>
        </dl>
        {delayed && view.status === "queued" && (
          <p
            role="status"
            className="mt-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-600/20 ring-inset dark:bg-amber-500/10 dark:text-amber-200 dark:ring-amber-400/30"
            data-testid="judge-delayed"
          >
            Your submission is saved, but the judge is temporarily unavailable. Judging will start when it is back; this
            page updates by itself.
          </p>
        )}
        {pollError && (
          <p role="status" className="mt-4 text-sm text-amber-700 dark:text-amber-300">
            {pollError}
          </p>
        )}
      </header>

      {view.compileOutput && (
        <section aria-labelledby="compile-heading">
          <h2 id="compile-heading" className="mb-2 text-lg font-semibold tracking-tight">
            Compiler output
          </h2>
          <pre className="code-block max-h-96 bg-white dark:bg-zinc-900" data-testid="compile-output">
            {view.compileOutput}
          </pre>
        </section>
      )}

      {(view.tests.length > 0 || !done) && (
        <section aria-labelledby="tests-heading">
          <h2 id="tests-heading" className="mb-2 text-lg font-semibold tracking-tight">
            Tests
          </h2>
          <div className="card overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="tests-table">
              <thead className="border-b border-zinc-200 bg-zinc-50 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="w-12 px-4 py-2.5 sm:w-16 sm:pl-6">
                    #
                  </th>
                  <th scope="col" className="hidden px-4 py-2.5 sm:table-cell">
                    Type
                  </th>
                  <th scope="col" className="px-4 py-2.5">
                    Verdict
                  </th>
                  <th scope="col" className="px-4 py-2.5 text-right">
                    Time
                  </th>
                  <th scope="col" className="px-4 py-2.5 text-right sm:pr-6">
                    Memory
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
                {view.tests.map((t) => (
                  <tr key={t.index} data-testid="test-row" data-verdict={t.verdict}>
                    <td className="px-4 py-2.5 font-medium tabular-nums sm:pl-6">{t.index}</td>
                    <td className="hidden px-4 py-2.5 text-zinc-600 sm:table-cell dark:text-zinc-400">
                      {t.sample ? "Sample" : "Hidden"}
                    </td>
                    <td className="px-4 py-2.5">
                      <span className="flex items-center gap-2">
                        <VerdictBadge verdict={t.verdict} />
                        <span className="hidden text-zinc-600 md:inline dark:text-zinc-400">
                          {VERDICT_LABELS[t.verdict]}
                        </span>
                      </span>
                    </td>
                    <td className="px-4 py-2.5 text-right whitespace-nowrap tabular-nums" data-testid="test-time">
                      {t.timeMs} ms
                    </td>
                    <td
                      className="px-4 py-2.5 text-right whitespace-nowrap tabular-nums sm:pr-6"
                      data-testid="test-memory"
                    >
                      {t.memoryKb.toLocaleString("en-US")} KiB
                    </td>
                  </tr>
                ))}
                {!done && (
                  <tr>
                    <td colSpan={5} className="px-4 py-3 text-zinc-500 sm:pl-6 dark:text-zinc-400">
                      <span className="inline-flex items-center gap-2">
                        <Spinner />
                        {view.status === "queued" ? "Waiting for a judge…" : "Running tests…"}
                      </span>
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="mt-0.5 font-medium">{children}</dd>
    </div>
  );
}

function Spinner() {
  return (
    <svg className="size-4 animate-spin" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="12" cy="12" r="10" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
      <path d="M22 12a10 10 0 0 0-10-10" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
