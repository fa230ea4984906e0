"use client";

import type { RevealStep } from "@arbiter/core/contests";
import { useEffect, useMemo, useState } from "react";
import { boardAfter, rowTotal, type RevealRow } from "@/lib/revealBoard";
import { ProblemLabel } from "./ProblemLabel";
import type { BoardProblem } from "./ScoreboardTable";

/** One row's height in px: rows are placed at index × this, so a move can be animated. */
const ROW_PX = 44;
/** Auto mode: one step every this many ms (the move itself takes 700 ms). */
const AUTO_MS = 1600;

interface Props {
  problems: BoardProblem[];
  start: RevealRow[];
  steps: RevealStep[];
  ioi: boolean;
}

/**
 * The ICPC Resolver in the browser: from the frozen board, each Next reveals one pending
 * cell (bottom row first) and the row slides to its new place. Rows are absolutely placed
 * by index with a CSS transition on `top`, and keyed by participant, so React keeps each
 * row's element and the browser animates the move.
 */
export function RevealPlayer({ problems, start, steps, ioi }: Props) {
  const [done, setDone] = useState(0);
  const [auto, setAuto] = useState(false);
  const rows = useMemo(() => boardAfter(start, steps, done), [start, steps, done]);
  const current = done > 0 ? steps[done - 1] : undefined;
  const finished = done >= steps.length;

  useEffect(() => {
    if (!auto || finished) return;
    const timer = setTimeout(() => setDone((d) => d + 1), AUTO_MS);
    return () => clearTimeout(timer);
  }, [auto, done, finished]);

  const columns = `3rem minmax(8rem,1fr) ${ioi ? "4.5rem" : "4rem 4rem"} repeat(${problems.length}, 3.5rem)`;
  return (
    <div className="space-y-4" data-testid="reveal" data-step={done} data-steps={steps.length}>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="btn-primary"
          onClick={() => setDone((d) => d + 1)}
          disabled={finished}
          data-testid="reveal-next"
        >
          Next
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => setAuto((a) => !a)}
          disabled={finished}
          data-testid="reveal-auto"
        >
          {auto ? "Pause" : "Auto"}
        </button>
        <button
          type="button"
          className="btn-secondary"
          onClick={() => (setAuto(false), setDone(0))}
          disabled={done === 0}
        >
          Restart
        </button>
        <span className="text-sm text-zinc-600 tabular-nums dark:text-zinc-400" data-testid="reveal-progress">
          {steps.length === 0 ? "Nothing was pending: the frozen board is final." : `Step ${done} of ${steps.length}`}
          {finished && steps.length > 0 && " · final standings"}
        </span>
      </div>
      <div className="card overflow-x-auto">
        <div style={{ minWidth: `${12 + problems.length * 3.5 + 12}rem` }}>
          <div
            className="grid items-center border-b border-zinc-200 bg-zinc-50 px-2 py-2 text-xs font-medium text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60"
            style={{ gridTemplateColumns: columns }}
          >
            <span className="text-right">#</span>
            <span className="pl-3">Participant</span>
            {ioi ? (
              <span className="text-center">Score</span>
            ) : (
              <>
                <span className="text-center">Solved</span>
                <span className="text-center">Time</span>
              </>
            )}
            {problems.map((p) => (
              <span key={p.label} className="flex justify-center">
                <ProblemLabel label={p.label} color={p.color} size="sm" />
              </span>
            ))}
          </div>
          <div className="relative" style={{ height: rows.length * ROW_PX }}>
            {rows.map((row, index) => {
              const total = rowTotal(row.problems, ioi);
              const focused = current?.participantId === row.id;
              return (
                <div
                  key={row.id}
                  className={`absolute inset-x-0 grid items-center border-b border-zinc-100 px-2 transition-[top,background-color] duration-700 ease-in-out dark:border-zinc-800 ${
                    focused ? "z-10 bg-amber-100 dark:bg-amber-500/20" : "bg-white dark:bg-zinc-900"
                  }`}
                  style={{ top: index * ROW_PX, height: ROW_PX, gridTemplateColumns: columns }}
                  data-testid="reveal-row"
                  data-participant={row.id}
                  data-name={row.name}
                  data-rank={row.rank}
                >
                  <span className="text-right font-semibold tabular-nums">{row.rank}</span>
                  <span className="truncate pl-3 font-medium">{row.name}</span>
                  <span className="text-center font-semibold tabular-nums">{total.main}</span>
                  {!ioi && <span className="text-center tabular-nums">{total.time}</span>}
                  {row.problems.map((cell) => (
                    <RevealCell
                      key={cell.label}
                      cell={cell}
                      ioi={ioi}
                      justRevealed={focused && current?.label === cell.label}
                    />
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

function RevealCell({
  cell,
  ioi,
  justRevealed,
}: {
  cell: RevealRow["problems"][number];
  ioi: boolean;
  justRevealed: boolean;
}) {
  const style = cell.solved
    ? "bg-emerald-500 text-white"
    : cell.numPending > 0
      ? "bg-sky-200 text-sky-900 dark:bg-sky-500/30 dark:text-sky-100"
      : cell.numJudged > 0
        ? "bg-red-500 text-white"
        : "";
  const text = ioi
    ? cell.numJudged + cell.numPending > 0
      ? String(cell.score)
      : ""
    : cell.solved
      ? `${cell.time}`
      : cell.numPending > 0
        ? `? ${cell.numPending}`
        : cell.numJudged > 0
          ? `−${cell.numJudged}`
          : "";
  return (
    <span className="flex justify-center px-0.5">
      <span
        className={`flex h-8 w-full items-center justify-center rounded text-xs font-semibold tabular-nums ${style} ${
          justRevealed ? "ring-2 ring-amber-500" : ""
        }`}
        data-testid="reveal-cell"
        data-label={cell.label}
      >
        {text}
      </span>
    </span>
  );
}
