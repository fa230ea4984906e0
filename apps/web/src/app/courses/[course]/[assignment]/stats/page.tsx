import { isAppError } from "@arbiter/core";
import { getAssignmentStatistics } from "@arbiter/core/courses";
import { VERDICTS } from "@arbiter/shared";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarChart } from "@/components/courses/BarChart";
import type { BarTone } from "@/components/courses/chartBars";
import { formatScore } from "@/lib/format";
import { requireUser } from "@/server/auth";
import { getDb } from "@/server/context";

interface Props {
  params: Promise<{ course: string; assignment: string }>;
}

export const metadata: Metadata = { title: "Statistics" };

const VERDICT_TONE: Partial<Record<string, BarTone>> = { AC: "good", WA: "bad", CE: "muted", IE: "muted" };

/** Per-assignment statistics for staff: verdicts and attempts until AC per problem, score histogram. */
export default async function StatisticsPage({ params }: Props) {
  const { course, assignment } = await params;
  const user = await requireUser(`/courses/${course}/${assignment}/stats`);
  let stats;
  try {
    stats = await getAssignmentStatistics(getDb(), user, { course, assignment });
  } catch (error) {
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-zinc-500 dark:text-zinc-400">
          <Link href={`/courses/${course}/${assignment}`} className="hover:text-zinc-800 dark:hover:text-zinc-200">
            Back to the assignment
          </Link>
        </nav>
        <h1 className="text-2xl font-semibold tracking-tight">Statistics</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Over the {stats.students} current {stats.students === 1 ? "student" : "students"}&apos; submissions to this
          assignment, practice ones included.
        </p>
      </div>
      <BarChart
        title="Total scores"
        testId="score-histogram"
        wide
        emptyText="No students yet."
        caption={`Students per score range, out of ${formatScore(stats.maxScore)} points.`}
        bars={stats.histogram.map((b) => ({ label: `${formatScore(b.from)}–${formatScore(b.to)}`, value: b.count }))}
      />
      {stats.problems.map((p) => (
        <section key={p.problem} aria-label={p.title} className="space-y-3">
          <h2 className="text-lg font-semibold tracking-tight">
            {p.title}{" "}
            <span className="text-sm font-normal text-zinc-500">
              solved by {p.solvedBy} of {p.triedBy} who tried
              {p.medianAttemptsToAc !== null && `, median ${formatScore(p.medianAttemptsToAc)} attempts until accepted`}
            </span>
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            <BarChart
              title="Verdicts"
              testId="verdict-chart"
              emptyText="No submissions yet."
              caption="Submissions by verdict."
              bars={VERDICTS.map((v) => ({
                label: v,
                value: p.verdicts[v],
                ...(VERDICT_TONE[v] ? { tone: VERDICT_TONE[v] } : {}),
              }))}
            />
            <BarChart
              title="Attempts until accepted"
              testId="attempts-chart"
              emptyText="Nobody has solved it yet."
              caption="Students by the number of judged submissions up to their first AC."
              bars={p.attemptsToAc.map((a) => ({ label: String(a.attempts), value: a.students }))}
            />
          </div>
        </section>
      ))}
    </div>
  );
}
