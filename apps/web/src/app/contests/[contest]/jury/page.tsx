import {
  computeAwards,
  contestSubmissionFiltersSchema,
  getContestScoreboard,
  listClarifications,
  listContestSubmissions,
} from "@arbiter/core/contests";
import { getSimilarityPanel } from "@arbiter/core/similarity";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ActionForm";
import { ContestSubmissionsTable } from "@/components/contest/ContestSubmissionsTable";
import { LiveScoreboard } from "@/components/contest/LiveScoreboard";
import { ProblemLabel } from "@/components/contest/ProblemLabel";
import { SimilarityPanel } from "@/components/similarity/SimilarityPanel";
import { balloonList } from "@/lib/balloons";
import { contestPhase } from "@/lib/contestState";
import { formatDateTime } from "@/lib/format";
import { getDb } from "@/server/context";
import { loadContest } from "@/server/contests";
import { addParticipant, rejudgeOne, rejudgeProblem, thaw } from "../actions";

export const metadata: Metadata = { title: "Jury" };

type SearchParams = Record<string, string | string[] | undefined>;

/** The jury's desk: live board, thaw, balloons, awards, submissions with rejudges, participants. */
export default async function JuryPage({
  params,
  searchParams,
}: {
  params: Promise<{ contest: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { contest: slug } = await params;
  const { user, overview: c } = await loadContest(slug);
  // Outsiders learn nothing about the jury's desk, not even that it exists.
  if (!c.isJury) notFound();
  const query = await searchParams;
  const first = (key: string) => {
    const v = query[key];
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  // A hand-edited bad filter is dropped rather than failing the page.
  const parsed = contestSubmissionFiltersSchema.safeParse({
    problem: first("problem"),
    participant: first("participant"),
    verdict: first("verdict"),
  });
  const filters = parsed.success ? parsed.data : {};
  const db = getDb();
  const [board, submissions, clarifications, similarity] = await Promise.all([
    getContestScoreboard(db, user, slug, { view: "jury" }),
    listContestSubmissions(db, user, slug, filters),
    listClarifications(db, user, slug),
    getSimilarityPanel(db, user, { contest: slug }),
  ]);
  const problems = c.problems ?? [];
  const colors = new Map(problems.map((p) => [p.label, p.color]));
  const balloons = balloonList(board.board, colors);
  const names = new Map(board.board.rows.map((r) => [r.participant.id, r.participant.name]));
  const awards = computeAwards(board.board);
  const phase = contestPhase(c, Date.now());

  return (
    <div className="space-y-10">
      <section aria-label="Contest state" className="flex flex-wrap items-start gap-4">
        <div className="card flex-1 p-4 text-sm">
          <p>
            <strong>{clarifications.unanswered ?? 0}</strong> unanswered{" "}
            <Link href={`/contests/${slug}/clarifications`} className="text-indigo-600 dark:text-indigo-400">
              clarifications
            </Link>
            .
          </p>
          <p className="mt-1">
            Freeze: {c.freezeAt ? formatDateTime(c.freezeAt) : "none"}
            {c.thawedAt && <span data-testid="thawed"> · thawed at {formatDateTime(c.thawedAt)}</span>}
          </p>
          {c.inviteCode && (
            <p className="mt-1">
              Invite code: <code className="font-mono">{c.inviteCode}</code>
            </p>
          )}
          <p className="mt-3 flex flex-wrap gap-3">
            <a href={`/contests/${slug}/standings.csv`} className="btn-secondary" data-testid="standings-csv" download>
              Standings CSV
            </a>
            {phase === "over" && (
              <Link href={`/contests/${slug}/reveal`} className="btn-secondary">
                Reveal
              </Link>
            )}
          </p>
        </div>
        {c.freezeAt && !c.thawedAt && phase === "over" && (
          <div className="card p-4">
            <ActionForm action={thaw} submitLabel="Thaw the board" testId="thaw-form">
              <input type="hidden" name="contest" value={slug} />
              <p className="max-w-64 text-sm text-zinc-600 dark:text-zinc-400">
                Publishes every verdict on the public board. Run the reveal first if you present it.
              </p>
            </ActionForm>
          </div>
        )}
      </section>

      <section aria-labelledby="jury-board-heading">
        <h2 id="jury-board-heading" className="mb-3 text-lg font-semibold tracking-tight">
          Live board
        </h2>
        <LiveScoreboard
          slug={slug}
          view="jury"
          problems={problems}
          ioi={c.format === "ioi"}
          initial={{ frozen: board.frozen, notice: board.notice, rows: board.rows, virtualRows: board.virtualRows }}
          mine={[]}
        />
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="balloons-heading">
          <h2 id="balloons-heading" className="mb-3 text-lg font-semibold tracking-tight">
            Balloons
          </h2>
          {balloons.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No problem solved yet.</p>
          ) : (
            <ul className="card divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="balloons">
              {balloons.map((b) => (
                <li
                  key={`${b.participant}-${b.label}`}
                  className="flex items-center gap-3 px-4 py-2 text-sm"
                  data-testid="balloon"
                >
                  <ProblemLabel label={b.label} color={b.color} size="sm" />
                  <span className="font-medium">{b.participant}</span>
                  <span className="ml-auto text-zinc-500 tabular-nums">{b.minute} min</span>
                  {b.firstToSolve && <span className="rounded bg-emerald-600 px-1.5 text-xs text-white">first</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="awards-heading">
          <h2 id="awards-heading" className="mb-3 text-lg font-semibold tracking-tight">
            Awards
          </h2>
          <ul className="card divide-y divide-zinc-200 text-sm dark:divide-zinc-800" data-testid="awards">
            {awards
              .filter((a) => a.team_ids.length > 0)
              .map((a) => (
                <li key={a.id} className="px-4 py-2">
                  <span className="font-medium">{a.citation}</span>
                  <span className="ml-2 text-zinc-600 dark:text-zinc-400">
                    {a.team_ids.map((id) => names.get(id) ?? id).join(", ")}
                  </span>
                </li>
              ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="subs-heading" className="space-y-3">
        <h2 id="subs-heading" className="text-lg font-semibold tracking-tight">
          Submissions
        </h2>
        <div className="flex flex-wrap items-end justify-between gap-4">
          <form method="get" className="flex flex-wrap items-end gap-2" data-testid="submission-filters">
            <FilterSelect
              name="problem"
              label="Problem"
              value={filters.problem}
              options={problems.map((p) => [p.label, p.label])}
            />
            <FilterSelect
              name="participant"
              label="Participant"
              value={filters.participant}
              options={[...board.board.rows, ...board.board.virtualRows].map((r) => [
                r.participant.id,
                r.participant.name,
              ])}
            />
            <FilterSelect
              name="verdict"
              label="Verdict"
              value={filters.verdict}
              options={["AC", "WA", "TLE", "MLE", "RE", "OLE", "CE", "IE"].map((v) => [v, v])}
            />
            <button type="submit" className="btn-secondary">
              Filter
            </button>
          </form>
          <ActionForm
            action={rejudgeProblem}
            submitLabel="Rejudge problem"
            testId="rejudge-problem-form"
            layout="inline"
            tone="secondary"
          >
            <input type="hidden" name="contest" value={slug} />
            <div>
              <label htmlFor="rejudge-problem" className="label">
                All of problem
              </label>
              <select id="rejudge-problem" name="problem" className="input">
                {problems.map((p) => (
                  <option key={p.label} value={p.label}>
                    {p.label}
                  </option>
                ))}
              </select>
            </div>
          </ActionForm>
        </div>
        <ContestSubmissionsTable
          rows={submissions}
          ioi={c.format === "ioi"}
          jury={{
            action: (row) => (
              <ActionForm
                action={rejudgeOne}
                submitLabel="Rejudge"
                testId="rejudge-form"
                layout="inline"
                tone="secondary"
              >
                <input type="hidden" name="contest" value={slug} />
                <input type="hidden" name="id" value={row.id} />
              </ActionForm>
            ),
          }}
        />
      </section>

      <section aria-labelledby="participants-heading" className="max-w-xl">
        <h2 id="participants-heading" className="mb-3 text-lg font-semibold tracking-tight">
          Add a participant
        </h2>
        <ActionForm action={addParticipant} submitLabel="Add" testId="add-participant-form">
          <input type="hidden" name="contest" value={slug} />
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <label htmlFor="email" className="label">
                Email
              </label>
              <input id="email" name="email" type="email" required className="input" />
            </div>
            <div>
              <label htmlFor="team" className="label">
                Team (optional)
              </label>
              <input id="team" name="team" className="input" placeholder="Members with the same team share a row" />
            </div>
          </div>
        </ActionForm>
      </section>

      {similarity && <SimilarityPanel rows={similarity} place={{ contest: slug }} />}
    </div>
  );
}

function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="label">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="input">
        <option value="">All</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
