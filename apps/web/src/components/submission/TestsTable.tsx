"use client";

import type { SampleComparison } from "@arbiter/core";
import { VERDICT_LABELS, type SubmissionStatus, type TestResultView } from "@arbiter/shared";
import { Fragment, useState } from "react";
import { Cell, HeaderCell, Table } from "@/components/Table";
import { VerdictBadge } from "@/components/VerdictBadge";
import { formatMemoryKb, formatTime } from "./formatSubmission";
import { SampleDiff } from "./SampleDiff";
import "./submission.css";

/** Columns of the table, which the detail and progress rows span. */
const COLUMNS = 6;

interface Props {
  tests: TestResultView[];
  /** Sample comparisons by test index (loaded once judging is over). */
  samples: ReadonlyMap<number, SampleComparison>;
  status: SubmissionStatus;
  /** Tests the problem has, for "Running test 4 of 10". */
  totalTests: number;
  /** Hidden tests are left out of `tests` (the problem shows students their summary only). */
  hiddenWithheld?: boolean;
}

/**
 * One row per judged test, growing live. Sample rows open to show input, expected
 * and actual output with a diff; hidden rows show their verdict, and their time and
 * memory only to staff (null otherwise, shown as a dash).
 */
export function TestsTable({ tests, samples, status, totalTests, hiddenWithheld = false }: Props) {
  const firstFailedSample = tests.find((t) => t.sample && t.verdict !== "AC" && samples.has(t.index))?.index;
  const [toggled, setToggled] = useState<ReadonlyMap<number, boolean>>(new Map());
  const isOpen = (index: number) => toggled.get(index) ?? index === firstFailedSample;
  const toggle = (index: number) => setToggled((prev) => new Map(prev).set(index, !isOpen(index)));
  const done = status === "done";

  return (
    <div className="card overflow-hidden">
      <div className="overflow-x-auto">
        <Table
          testId="tests-table"
          head={
            <>
              <HeaderCell className="w-14 px-4 py-2.5 sm:pl-6">#</HeaderCell>
              <HeaderCell className="px-4 py-2.5">Verdict</HeaderCell>
              <HeaderCell from="sm" className="px-4 py-2.5">
                Test
              </HeaderCell>
              <HeaderCell align="right" className="px-4 py-2.5">
                Time
              </HeaderCell>
              <HeaderCell align="right" className="px-4 py-2.5">
                Memory
              </HeaderCell>
              <HeaderCell align="right" className="w-28 px-4 py-2.5 sm:pr-6">
                <span className="sr-only">Details</span>
              </HeaderCell>
            </>
          }
        >
          {tests.map((t) => {
            const sample = t.sample ? samples.get(t.index) : undefined;
            const open = sample !== undefined && isOpen(t.index);
            const panelId = `test-${t.index}-details`;
            return (
              <Fragment key={t.index}>
                <tr
                  data-testid="test-row"
                  data-index={t.index}
                  data-verdict={t.verdict}
                  data-sample={t.sample}
                  className={`motion-safe:animate-[row-in_240ms_ease-out] ${open ? "bg-zinc-50/70 dark:bg-zinc-800/30" : ""} ${
                    sample ? "cursor-pointer hover:bg-zinc-50 dark:hover:bg-zinc-800/40" : ""
                  }`}
                  onClick={sample ? () => toggle(t.index) : undefined}
                >
                  <Cell className="px-4 py-2.5 font-medium tabular-nums sm:pl-6">{t.index}</Cell>
                  <Cell className="px-4 py-2.5">
                    <span className="flex items-center gap-2">
                      <VerdictBadge verdict={t.verdict} />
                      <span className="hidden text-zinc-600 md:inline dark:text-zinc-400">
                        {VERDICT_LABELS[t.verdict]}
                      </span>
                    </span>
                  </Cell>
                  <Cell from="sm" className="px-4 py-2.5">
                    {t.sample ? (
                      <span className="text-zinc-700 dark:text-zinc-300">Sample</span>
                    ) : (
                      <span className="inline-flex items-center gap-1.5 text-zinc-500 dark:text-zinc-400">
                        <LockIcon /> Hidden
                      </span>
                    )}
                  </Cell>
                  <Cell align="right" className="px-4 py-2.5 whitespace-nowrap tabular-nums" data-testid="test-time">
                    {t.timeMs === null ? <Withheld /> : formatTime(t.timeMs)}
                  </Cell>
                  <Cell align="right" className="px-4 py-2.5 whitespace-nowrap tabular-nums" data-testid="test-memory">
                    {t.memoryKb === null ? <Withheld /> : formatMemoryKb(t.memoryKb)}
                  </Cell>
                  <Cell align="right" className="px-4 py-2 sm:pr-6">
                    {sample && (
                      <button
                        type="button"
                        aria-expanded={open}
                        aria-controls={panelId}
                        onClick={(event) => {
                          event.stopPropagation();
                          toggle(t.index);
                        }}
                        className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium text-indigo-600 hover:bg-indigo-50 dark:text-indigo-400 dark:hover:bg-indigo-500/10"
                        data-testid="toggle-sample"
                      >
                        {open ? "Hide" : "Compare"}
                        <Chevron open={open} />
                      </button>
                    )}
                  </Cell>
                </tr>
                {open && sample && (
                  <tr id={panelId} className="bg-zinc-50/70 dark:bg-zinc-800/30">
                    <Cell colSpan={COLUMNS} className="px-4 pt-1 pb-5 sm:px-6">
                      <SampleDiff sample={sample} verdict={t.verdict} />
                    </Cell>
                  </tr>
                )}
              </Fragment>
            );
          })}
          {!done && (
            <tr data-testid="tests-pending">
              <Cell colSpan={COLUMNS} className="px-4 py-3 text-zinc-500 sm:pl-6 dark:text-zinc-400">
                <span className="inline-flex items-center gap-2">
                  <Spinner />
                  {status === "queued"
                    ? "Waiting for a judge…"
                    : tests.length === 0
                      ? "Compiling…"
                      : hiddenWithheld
                        ? "Judging…"
                        : `Running test ${Math.min(tests.length + 1, Math.max(totalTests, 1))}${
                            totalTests > 0 ? ` of ${totalTests}` : ""
                          }…`}
                </span>
              </Cell>
            </tr>
          )}
        </Table>
      </div>
    </div>
  );
}

/** A hidden test's own time or memory, which students are not shown. */
function Withheld() {
  return (
    <span className="text-zinc-400 dark:text-zinc-500" title="Not shown for hidden tests" data-testid="withheld">
      —
    </span>
  );
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      className={`size-3.5 transition-transform ${open ? "rotate-180" : ""}`}
      viewBox="0 0 20 20"
      fill="currentColor"
      aria-hidden="true"
    >
      <path
        fillRule="evenodd"
        d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z"
        clipRule="evenodd"
      />
    </svg>
  );
}

function LockIcon() {
  return (
    <svg className="size-3.5" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
      <path
        fillRule="evenodd"
        d="M10 1a4.5 4.5 0 0 0-4.5 4.5V9H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6a2 2 0 0 0-2-2h-.5V5.5A4.5 4.5 0 0 0 10 1Zm3 8V5.5a3 3 0 1 0-6 0V9h6Z"
        clipRule="evenodd"
      />
    </svg>
  );
}

export function Spinner() {
  return (
    <svg className="size-4 animate-spin" viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="12" cy="12" r="10" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
      <path d="M22 12a10 10 0 0 0-10-10" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
