import { listContestSubmissions } from "@arbiter/core/contests";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ActionForm";
import { Alert } from "@/components/Alert";
import { ContestSubmissionsTable } from "@/components/contest/ContestSubmissionsTable";
import { ProblemLabel } from "@/components/contest/ProblemLabel";
import { contestPhase } from "@/lib/contestState";
import { formatDateTime } from "@/lib/format";
import { getDb } from "@/server/context";
import { loadContest } from "@/server/contests";
import { register, startClock } from "./actions";

interface Props {
  params: Promise<{ contest: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { contest } = await params;
  return { title: (await loadContest(contest)).overview.title };
}

/** A contest's overview: how to take part, its problems once started, my submissions. */
export default async function ContestPage({ params }: Props) {
  const { contest: slug } = await params;
  const { user, overview: c } = await loadContest(slug);
  const phase = contestPhase(c, Date.now());
  const mine = c.official || c.virtual ? await listContestSubmissions(getDb(), user, slug) : [];
  const window = c.virtual?.window ?? c.official?.window ?? null;

  return (
    <div className="space-y-8">
      <section aria-label="Taking part" className="space-y-3" data-testid="participation">
        {c.isJury && <Alert tone="info">You are on this contest&apos;s jury.</Alert>}
        {c.official && (
          <p className="text-sm" data-testid="registered">
            You take part as <strong>{c.official.name}</strong>.
            {window && (
              <span className="text-zinc-600 dark:text-zinc-400">
                {" "}
                Your {c.virtual ? "virtual " : ""}window: {formatDateTime(new Date(window.startMs))} –{" "}
                {formatDateTime(new Date(window.endMs))}.
              </span>
            )}
          </p>
        )}
        {c.canRegister && (
          <ActionForm action={register} submitLabel="Register" testId="register-form" layout="inline">
            <input type="hidden" name="contest" value={c.slug} />
            {c.registration === "code" && (
              <div>
                <label htmlFor="code" className="label">
                  Invite code
                </label>
                <input id="code" name="code" className="input" required autoComplete="off" />
              </div>
            )}
          </ActionForm>
        )}
        {!c.official && !c.isJury && c.registration === "staff" && phase !== "over" && (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Participants of this contest are added by its organisers.
          </p>
        )}
        {c.canStartWindow && (
          <ActionForm action={startClock} submitLabel="Start my window" testId="start-window-form">
            <input type="hidden" name="contest" value={c.slug} />
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              You get {c.personalMinutes} minutes from when you start (never past the contest&apos;s end).
            </p>
          </ActionForm>
        )}
        {c.canStartVirtual && (
          <ActionForm
            action={startClock}
            submitLabel="Start a virtual participation"
            testId="start-virtual-form"
            tone="secondary"
          >
            <input type="hidden" name="contest" value={c.slug} />
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              Replay the contest on your own clock; your row is ranked against the final standings and shown apart.
            </p>
          </ActionForm>
        )}
      </section>

      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading" className="text-lg font-semibold tracking-tight">
          Problems
        </h2>
        {c.problems === null ? (
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400" data-testid="problems-hidden">
            {c.personalMinutes !== null && phase !== "upcoming"
              ? "The problems appear when you start your window."
              : "The problems appear when the contest starts."}
          </p>
        ) : (
          <ul className="mt-3 grid gap-2 sm:grid-cols-2" data-testid="contest-problems">
            {c.problems.map((p) => (
              <li key={p.label}>
                <Link
                  href={`/problems/${encodeURIComponent(p.slug)}?contest=${encodeURIComponent(c.slug)}`}
                  className="card flex items-center gap-3 px-4 py-3 hover:border-indigo-400"
                  data-testid="contest-problem"
                  data-label={p.label}
                >
                  <ProblemLabel label={p.label} color={p.color} />
                  <span className="font-medium">{p.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      {(c.official || c.virtual) && (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading" className="mb-3 text-lg font-semibold tracking-tight">
            My submissions
          </h2>
          <ContestSubmissionsTable rows={mine} ioi={c.format === "ioi"} />
        </section>
      )}
    </div>
  );
}
