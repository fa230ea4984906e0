"use client";

import {
  MAX_CUSTOM_INPUT_BYTES,
  MAX_SOURCE_BYTES,
  VERDICT_LABELS,
  type CustomRunView,
  type LanguageId,
} from "@arbiter/shared";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Alert } from "@/components/Alert";
import { CopyButton } from "@/components/CopyButton";
import { VerdictBadge } from "@/components/VerdictBadge";
import { RunError, runCustom, type RunProgress } from "@/lib/customRunClient";
import { formatBytes } from "@/lib/format";
import { sameInput, sameTokens } from "@/lib/sameTokens";

export interface Sample {
  index: number;
  input: string;
  answer: string;
}

type RunState =
  | { kind: "idle" }
  | { kind: "running"; progress: RunProgress }
  | { kind: "done"; run: CustomRunView; input: string }
  | { kind: "error"; message: string };

/** Why a run did not finish normally, in words for a student. */
const ENDINGS: Partial<Record<NonNullable<CustomRunView["verdict"]>, string>> = {
  CE: "Your code did not compile. The compiler said:",
  TLE: "Your program ran longer than the time limit and was stopped.",
  MLE: "Your program used more memory than the limit and was stopped.",
  RE: "Your program crashed (runtime error). Its error output is below.",
  OLE: "Your program printed more than the output limit.",
  IE: "The judge could not run your program. This is our fault, not yours; please try again.",
};

interface CustomRunPanelProps {
  problem: string;
  language: LanguageId;
  source: string;
  samples: Sample[];
  /** "{course}/{assignment}" the problem was opened from: a course's private problem runs only there. */
  assignment?: string | undefined;
}

/**
 * "Run my code on my input": the same code and language as the submit form, an input
 * box (sample 1 to start with), and the program's output, stderr, time and memory.
 * Not a submission: nothing is compared against the tests and nothing counts.
 */
export function CustomRunPanel({ problem, language, source, samples, assignment }: CustomRunPanelProps) {
  const [input, setInput] = useState(samples[0]?.input ?? "");
  const [state, setState] = useState<RunState>({ kind: "idle" });
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  const inputBytes = new TextEncoder().encode(input).length;
  const inputTooLarge = inputBytes > MAX_CUSTOM_INPUT_BYTES;
  const running = state.kind === "running";

  async function run() {
    if (running) return;
    if (!source.trim())
      return setState({ kind: "error", message: "Your code is empty. Write or upload a solution first." });
    if (new TextEncoder().encode(source).length > MAX_SOURCE_BYTES) {
      return setState({ kind: "error", message: `Your code is larger than ${formatBytes(MAX_SOURCE_BYTES)}.` });
    }
    if (inputTooLarge) {
      return setState({ kind: "error", message: `The input is larger than ${formatBytes(MAX_CUSTOM_INPUT_BYTES)}.` });
    }
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    const sentInput = input;
    try {
      const result = await runCustom(
        { problem, language, source, input: sentInput, ...(assignment ? { assignment } : {}) },
        (progress) => setState({ kind: "running", progress }),
        controller.signal,
      );
      setState({ kind: "done", run: result, input: sentInput });
    } catch (error) {
      if (controller.signal.aborted) return;
      const message = error instanceof RunError ? error.message : "Something went wrong. Please try again.";
      setState({ kind: "error", message });
    }
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  }

  return (
    <section className="card p-4 sm:p-5" aria-labelledby="run-heading" data-testid="custom-run">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5">
        <h2 id="run-heading" className="text-lg font-semibold tracking-tight">
          Try it
        </h2>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Runs your code on your input · not a submission</p>
      </div>

      <div className="mt-3">
        <div className="mb-1.5 flex items-end justify-between gap-2">
          <label htmlFor="run-input" className="label mb-0">
            Input
          </label>
          {samples.length > 0 && (
            <div className="flex gap-1">
              {samples.map((sample, i) => (
                <button
                  key={sample.index}
                  type="button"
                  onClick={() => setInput(sample.input)}
                  className="rounded-md px-2 py-0.5 text-xs font-medium text-indigo-600 hover:bg-indigo-50 dark:text-indigo-400 dark:hover:bg-indigo-500/10"
                >
                  Sample {i + 1}
                </button>
              ))}
            </div>
          )}
        </div>
        <textarea
          id="run-input"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          onKeyDown={onInputKeyDown}
          rows={4}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-describedby="run-input-help"
          className="input resize-y font-mono text-[13px] leading-relaxed"
          data-testid="run-input"
        />
        <p id="run-input-help" className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          <kbd className="font-sans">Ctrl/⌘+Enter</kbd> in this box runs
          {inputTooLarge && (
            <span className="font-semibold text-red-600 dark:text-red-400">
              {" "}
              · {formatBytes(inputBytes)} is over the {formatBytes(MAX_CUSTOM_INPUT_BYTES)} limit
            </span>
          )}
        </p>
      </div>

      <button
        type="button"
        onClick={() => void run()}
        disabled={running || inputTooLarge}
        className="btn-secondary mt-3 w-full"
        data-testid="run-button"
      >
        {running ? (
          <>
            <span
              className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent"
              aria-hidden="true"
            />
            Running…
          </>
        ) : (
          <>
            <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
              <path d="M6 4.5v11l9-5.5-9-5.5Z" fill="currentColor" />
            </svg>
            Run
          </>
        )}
      </button>

      <div aria-live="polite" className="mt-3 empty:hidden">
        {state.kind === "running" && <RunningNote progress={state.progress} />}
        {state.kind === "error" && (
          <Alert tone="error" testId="run-error">
            {state.message}
          </Alert>
        )}
        {state.kind === "done" && <RunResult run={state.run} input={state.input} samples={samples} />}
      </div>
    </section>
  );
}

function RunningNote({ progress }: { progress: RunProgress }) {
  if (progress.phase === "waiting" && progress.delayed) {
    return (
      <Alert tone="warning" testId="run-status">
        The judge is temporarily unavailable. Your run is saved and starts as soon as it is back.
      </Alert>
    );
  }
  const text =
    progress.phase === "sending"
      ? "Sending…"
      : progress.status === "judging"
        ? "Compiling and running…"
        : progress.slow
          ? "The judge is busy; your run is waiting for a free slot…"
          : "Waiting for the judge…";
  return (
    <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="run-status">
      {text}
    </p>
  );
}

function RunResult({ run, input, samples }: { run: CustomRunView; input: string; samples: Sample[] }) {
  const verdict = run.verdict ?? "IE";
  const finished = verdict === "AC";
  const sample = samples.find((s) => sameInput(s.input, input));
  const matches = finished && sample && run.output !== null ? sameTokens(run.output, sample.answer) : null;
  return (
    <div className="space-y-3" data-testid="run-result" data-verdict={verdict} data-run-id={run.id}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        {finished ? (
          <span className="inline-flex items-center gap-1.5 font-medium text-emerald-700 dark:text-emerald-400">
            <span className="size-2 rounded-full bg-current" aria-hidden="true" />
            Finished
          </span>
        ) : (
          <VerdictBadge verdict={verdict} long testId="run-verdict" />
        )}
        {verdict !== "CE" && run.timeMs !== null && (
          <span className="text-zinc-600 tabular-nums dark:text-zinc-400" data-testid="run-time">
            {run.timeMs} ms
          </span>
        )}
        {verdict !== "CE" && run.memoryKb !== null && (
          <span className="text-zinc-600 tabular-nums dark:text-zinc-400" data-testid="run-memory">
            {formatBytes(run.memoryKb * 1024)}
          </span>
        )}
        {matches !== null && sample && (
          <span
            className={`font-medium ${matches ? "text-emerald-700 dark:text-emerald-400" : "text-amber-700 dark:text-amber-400"}`}
            data-testid="run-sample-match"
            data-matches={matches}
          >
            {matches
              ? `✓ Matches sample ${samples.indexOf(sample) + 1}`
              : `Differs from sample ${samples.indexOf(sample) + 1}'s answer`}
          </span>
        )}
      </div>
      {!finished && ENDINGS[verdict] && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" title={VERDICT_LABELS[verdict]}>
          {ENDINGS[verdict]}
        </p>
      )}
      {verdict === "CE" ? (
        <OutputBlock title="Compiler output" text={run.compileOutput ?? ""} testId="run-compile-output" />
      ) : (
        <>
          <OutputBlock title="Output" text={run.output ?? ""} testId="run-output" />
          {run.stderr ? <OutputBlock title="Error output (stderr)" text={run.stderr} testId="run-stderr" /> : null}
          {matches === false && sample && (
            <OutputBlock
              title={`Expected for sample ${samples.indexOf(sample) + 1}`}
              text={sample.answer}
              testId="run-expected"
            />
          )}
        </>
      )}
    </div>
  );
}

function OutputBlock({ title, text, testId }: { title: string; text: string; testId: string }) {
  return (
    <div className="overflow-hidden rounded-lg border border-zinc-200 dark:border-zinc-800">
      <div className="flex items-center justify-between border-b border-zinc-200 bg-zinc-50 px-3 py-1 dark:border-zinc-800 dark:bg-zinc-900/60">
        <h3 className="text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{title}</h3>
        {text && <CopyButton text={text} label={`Copy ${title.toLowerCase()}`} />}
      </div>
      <pre
        className="max-h-64 overflow-auto bg-white p-3 font-mono text-[13px] leading-relaxed dark:bg-zinc-950"
        data-testid={testId}
      >
        {text || <span className="text-zinc-400 italic dark:text-zinc-500">(empty)</span>}
      </pre>
    </div>
  );
}
