import type { ContestPhase } from "@/lib/contestState";

const STYLES: Record<ContestPhase, string> = {
  upcoming: "bg-sky-100 text-sky-800 ring-sky-600/20 dark:bg-sky-500/15 dark:text-sky-300 dark:ring-sky-400/30",
  running:
    "bg-emerald-100 text-emerald-800 ring-emerald-600/20 dark:bg-emerald-500/15 dark:text-emerald-300 dark:ring-emerald-400/30",
  frozen: "bg-cyan-100 text-cyan-800 ring-cyan-600/20 dark:bg-cyan-500/15 dark:text-cyan-200 dark:ring-cyan-400/30",
  over: "bg-zinc-100 text-zinc-700 ring-zinc-500/20 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-500/30",
};

/** Upcoming / running / frozen / over, as a pill. */
export function PhaseBadge({ phase }: { phase: ContestPhase }) {
  return (
    <span
      className={`rounded-full px-2 py-0.5 text-xs font-medium capitalize ring-1 ring-inset ${STYLES[phase]}`}
      data-testid="contest-phase"
    >
      {phase}
    </span>
  );
}
