import Link from "next/link";
import type { ReactNode } from "react";
import { ContestTabs } from "@/components/contest/ContestTabs";
import { Countdown } from "@/components/contest/Countdown";
import { PhaseBadge } from "@/components/contest/PhaseBadge";
import { contestPhase } from "@/lib/contestState";
import { formatDateTime } from "@/lib/format";
import { loadContest } from "@/server/contests";

export const dynamic = "force-dynamic";

/** Every contest page: title, phase, the countdown to the next instant that matters, tabs. */
export default async function ContestLayout({
  params,
  children,
}: {
  params: Promise<{ contest: string }>;
  children: ReactNode;
}) {
  const { contest: slug } = await params;
  const { overview: c } = await loadContest(slug);
  const now = Date.now();
  const phase = contestPhase(c, now);
  return (
    <div data-testid="contest" data-phase={phase}>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-zinc-500 dark:text-zinc-400">
        <Link href="/contests" className="hover:text-zinc-800 dark:hover:text-zinc-200">
          Contests
        </Link>
        <span aria-hidden="true" className="mx-2">
          /
        </span>
        <span className="font-mono text-xs">{c.slug}</span>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-semibold tracking-tight" data-testid="contest-title">
          {c.title}
        </h1>
        <PhaseBadge phase={phase} />
        <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium uppercase dark:bg-zinc-800">
          {c.format}
        </span>
      </div>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <span>
          {formatDateTime(c.startsAt)} – {formatDateTime(c.endsAt)}
        </span>
        {phase === "upcoming" && <Countdown label="Starts in" targetMs={c.startsAt.getTime()} />}
        {(phase === "running" || phase === "frozen") && <Countdown label="Ends in" targetMs={c.endsAt.getTime()} />}
        {c.personalMinutes !== null && <span>Personal windows of {c.personalMinutes} min</span>}
      </p>
      <div className="mt-6">
        <ContestTabs slug={c.slug} isJury={c.isJury} over={phase === "over"} />
      </div>
      <div className="mt-6">{children}</div>
    </div>
  );
}
