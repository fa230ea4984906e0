import { VERDICT_LABELS, type SubmissionStatus, type Verdict } from "@arbiter/shared";

const VERDICT_STYLES: Record<Verdict, string> = {
  AC: "bg-emerald-100 text-emerald-800 ring-emerald-600/25 dark:bg-emerald-500/15 dark:text-emerald-300 dark:ring-emerald-400/30",
  WA: "bg-red-100 text-red-800 ring-red-600/25 dark:bg-red-500/15 dark:text-red-300 dark:ring-red-400/30",
  TLE: "bg-amber-100 text-amber-900 ring-amber-600/30 dark:bg-amber-500/15 dark:text-amber-300 dark:ring-amber-400/30",
  MLE: "bg-amber-100 text-amber-900 ring-amber-600/30 dark:bg-amber-500/15 dark:text-amber-300 dark:ring-amber-400/30",
  OLE: "bg-orange-100 text-orange-900 ring-orange-600/30 dark:bg-orange-500/15 dark:text-orange-300 dark:ring-orange-400/30",
  RE: "bg-purple-100 text-purple-800 ring-purple-600/25 dark:bg-purple-500/15 dark:text-purple-300 dark:ring-purple-400/30",
  CE: "bg-zinc-200 text-zinc-700 ring-zinc-500/25 dark:bg-zinc-700/60 dark:text-zinc-200 dark:ring-zinc-400/25",
  IE: "bg-zinc-800 text-zinc-50 ring-zinc-900/40 dark:bg-zinc-100 dark:text-zinc-900 dark:ring-zinc-200/40",
};

const PENDING_STYLE =
  "bg-sky-100 text-sky-800 ring-sky-600/25 dark:bg-sky-500/15 dark:text-sky-300 dark:ring-sky-400/30";

interface VerdictBadgeProps {
  verdict: Verdict | null;
  /** Shown instead of a verdict while the submission is not done. */
  status?: SubmissionStatus;
  size?: "sm" | "lg";
  /** Spell the verdict out ("Accepted") rather than its code ("AC"). */
  long?: boolean;
  testId?: string;
}

/** A verdict (or "Queued"/"Judging") as a colored pill; the full name is always in the title. */
export function VerdictBadge({ verdict, status = "done", size = "sm", long = false, testId }: VerdictBadgeProps) {
  const sizing = size === "lg" ? "px-3 py-1 text-sm" : "px-2 py-0.5 text-xs";
  const base = `inline-flex items-center gap-1.5 rounded-full font-semibold whitespace-nowrap ring-1 ring-inset ${sizing}`;

  if (!verdict || status !== "done") {
    const text = status === "judging" ? "Judging" : "Queued";
    return (
      <span className={`${base} ${PENDING_STYLE}`} data-testid={testId} data-status={status}>
        <span className="size-1.5 animate-pulse rounded-full bg-current" aria-hidden="true" />
        {text}
      </span>
    );
  }
  return (
    <span
      className={`${base} ${VERDICT_STYLES[verdict]}`}
      title={VERDICT_LABELS[verdict]}
      data-testid={testId}
      data-verdict={verdict}
    >
      {long ? VERDICT_LABELS[verdict] : verdict}
    </span>
  );
}
