import type { ProblemState } from "@arbiter/core";

const LABELS: Record<ProblemState, string> = { solved: "Solved", attempted: "Attempted", untried: "Not tried yet" };

/** ✓ for solved, a half-filled dot for attempted, an empty ring for untried; always with a text label. */
export function ProblemStateIcon({ state }: { state: ProblemState }) {
  return (
    <span className="inline-flex size-6 items-center justify-center" title={LABELS[state]} data-state={state}>
      {state === "solved" ? (
        <svg viewBox="0 0 20 20" className="size-5 text-emerald-600 dark:text-emerald-400" aria-hidden="true">
          <circle cx="10" cy="10" r="9" className="fill-emerald-100 dark:fill-emerald-500/20" />
          <path
            d="m6 10.5 2.6 2.5L14 7.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      ) : state === "attempted" ? (
        <svg viewBox="0 0 20 20" className="size-5 text-amber-500 dark:text-amber-400" aria-hidden="true">
          <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M10 2.5a7.5 7.5 0 0 1 0 15Z" fill="currentColor" />
        </svg>
      ) : (
        <svg viewBox="0 0 20 20" className="size-5 text-zinc-300 dark:text-zinc-600" aria-hidden="true">
          <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      )}
      <span className="sr-only">{LABELS[state]}</span>
    </span>
  );
}
