import { can } from "@arbiter/core/permissions";
import { listContests } from "@arbiter/core/contests";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ActionForm";
import { Countdown } from "@/components/contest/Countdown";
import { PhaseBadge } from "@/components/contest/PhaseBadge";
import { Cell, HeaderCell, LinkedRow, Table } from "@/components/Table";
import { contestPhase } from "@/lib/contestState";
import { formatDateTime } from "@/lib/format";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";
import { joinWithCode } from "./actions";

export const metadata: Metadata = { title: "Contests" };
export const dynamic = "force-dynamic";

/** Public contests and mine, newest first, with where each stands. */
export default async function ContestsPage() {
  const user = await requireUser("/contests");
  const contests = await listContests(getDb(), user);
  const now = Date.now();
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Contests</h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Public contests and the ones you take part in or judge.
          </p>
        </div>
        {can(user, "contest.create", { kind: "site" }) && (
          <Link href="/contests/new" className="btn-primary" data-testid="new-contest">
            New contest
          </Link>
        )}
      </div>
      {contests.length === 0 ? (
        <p
          className="card px-6 py-14 text-center text-sm text-zinc-600 dark:text-zinc-400"
          data-testid="contests-empty"
        >
          No contests yet.
        </p>
      ) : (
        <div className="card overflow-x-auto">
          <Table
            testId="contests-table"
            head={
              <>
                <HeaderCell className="px-4 py-3 sm:pl-6">Contest</HeaderCell>
                <HeaderCell className="px-4 py-3">State</HeaderCell>
                <HeaderCell from="sm" className="px-4 py-3">
                  Start
                </HeaderCell>
                <HeaderCell from="md" className="px-4 py-3 sm:pr-6">
                  You
                </HeaderCell>
              </>
            }
          >
            {contests.map((c) => {
              const phase = contestPhase(c, now);
              return (
                <LinkedRow key={c.slug} data-testid="contest-row" data-slug={c.slug} data-phase={phase}>
                  <Cell className="px-4 py-3 sm:pl-6">
                    <Link
                      href={`/contests/${c.slug}`}
                      className="font-medium after:absolute after:inset-0 group-hover:text-indigo-600 dark:group-hover:text-indigo-400"
                    >
                      {c.title}
                    </Link>
                    <span className="ml-2 text-xs text-zinc-500 uppercase">{c.format}</span>
                  </Cell>
                  <Cell className="px-4 py-3 whitespace-nowrap">
                    <PhaseBadge phase={phase} />
                    <span className="ml-2 text-xs text-zinc-600 dark:text-zinc-400">
                      {phase === "upcoming" && <Countdown label="starts in" targetMs={c.startsAt.getTime()} />}
                      {(phase === "running" || phase === "frozen") && (
                        <Countdown label="ends in" targetMs={c.endsAt.getTime()} />
                      )}
                    </span>
                  </Cell>
                  <Cell from="sm" className="px-4 py-3 whitespace-nowrap tabular-nums">
                    {formatDateTime(c.startsAt)}
                  </Cell>
                  <Cell from="md" className="px-4 py-3 text-xs sm:pr-6">
                    {c.isJury ? "Jury" : c.participating ? "Participant" : ""}
                  </Cell>
                </LinkedRow>
              );
            })}
          </Table>
        </div>
      )}
      <section aria-labelledby="join-heading" className="card mt-8 max-w-2xl p-4">
        <h2 id="join-heading" className="mb-3 text-sm font-semibold">
          Have an invite code?
        </h2>
        <ActionForm action={joinWithCode} submitLabel="Join" testId="join-form" layout="inline" tone="secondary">
          <div>
            <label htmlFor="join-contest" className="label">
              Contest
            </label>
            <input id="join-contest" name="contest" className="input" placeholder="spring-cup" required />
          </div>
          <div>
            <label htmlFor="join-code" className="label">
              Invite code
            </label>
            <input id="join-code" name="code" className="input" required autoComplete="off" />
          </div>
        </ActionForm>
      </section>
    </div>
  );
}
