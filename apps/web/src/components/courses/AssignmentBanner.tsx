import type { AssignmentStatus } from "@arbiter/core/courses";
import Link from "next/link";
import { LocalTime } from "@/components/LocalTime";
import { Countdown } from "./Countdown";
import { CreditNow } from "./CreditNow";
import { StatusBadge } from "./StatusBadge";

interface Props {
  course: string;
  assignment: { slug: string; title: string };
  status: AssignmentStatus;
  dueAt: Date;
  extended: boolean;
  now: Date;
}

/**
 * The assignment a problem is opened from: its countdown and what a submission earns now,
 * so nobody learns the late rule from a refusal.
 */
export function AssignmentBanner({ course, assignment, status, dueAt, extended, now }: Props) {
  const tone =
    status.kind === "open"
      ? "border-emerald-300 bg-emerald-50/70 dark:border-emerald-500/30 dark:bg-emerald-500/5"
      : status.kind === "late"
        ? "border-amber-300 bg-amber-50/70 dark:border-amber-500/30 dark:bg-amber-500/5"
        : "border-zinc-300 bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900";
  return (
    <div
      className={`rounded-xl border px-4 py-3 text-sm ${tone}`}
      data-testid="assignment-banner"
      data-status={status.kind}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Link href={`/courses/${course}/${assignment.slug}`} className="font-semibold hover:underline">
          {assignment.title}
        </Link>
        <StatusBadge status={status} now={now} />
        <span className="text-zinc-600 dark:text-zinc-400">
          Due <LocalTime iso={dueAt.toISOString()} />
          {extended && " (your extension)"}
          {status.kind === "open" && (
            <>
              {" "}
              · <Countdown iso={dueAt.toISOString()} nowIso={now.toISOString()} testId="countdown" />
            </>
          )}
        </span>
      </div>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300" data-testid="credit-now">
        <CreditNow status={status} now={now} />
      </p>
    </div>
  );
}
