import type { AssignmentStatus } from "@arbiter/core/courses";
import type { ReactNode } from "react";
import { Countdown } from "./Countdown";

const TONES = {
  muted: "bg-zinc-100 text-zinc-700 ring-zinc-500/20 dark:bg-zinc-800 dark:text-zinc-300 dark:ring-zinc-500/30",
  open: "bg-emerald-50 text-emerald-800 ring-emerald-600/20 dark:bg-emerald-500/10 dark:text-emerald-300 dark:ring-emerald-400/30",
  late: "bg-amber-50 text-amber-900 ring-amber-600/20 dark:bg-amber-500/10 dark:text-amber-200 dark:ring-amber-400/30",
  closed: "bg-red-50 text-red-800 ring-red-600/20 dark:bg-red-500/10 dark:text-red-200 dark:ring-red-400/30",
} as const;

/** An assignment's status for the viewer: "not open yet", "open — due in 3 h", "late: 80 %", "closed". */
export function StatusBadge({ status, now }: { status: AssignmentStatus; now: Date }) {
  const nowIso = now.toISOString();
  const [tone, text] = ((): [keyof typeof TONES, ReactNode] => {
    switch (status.kind) {
      case "not_open":
        return [
          "muted",
          <>
            not open yet — opens <Countdown iso={status.opensAt.toISOString()} nowIso={nowIso} />
          </>,
        ];
      case "open":
        return [
          "open",
          <>
            open — due <Countdown iso={status.dueAt.toISOString()} nowIso={nowIso} />
          </>,
        ];
      case "late":
        return ["late", `late: ${status.percent} % credit`];
      case "closed":
        return ["closed", "closed"];
      case "practice":
        return ["muted", "closed — practice only"];
    }
  })();
  return (
    <span
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${TONES[tone]}`}
      data-testid="assignment-status"
      data-status={status.kind}
    >
      {text}
    </span>
  );
}
