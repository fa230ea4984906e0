import { VERDICTS, type Verdict } from "@arbiter/shared";

/** A judged or pending submission, as the statistics see it. */
export interface StatSubmission {
  userId: string;
  problem: string;
  submittedAt: Date;
  /** Null while pending. */
  verdict: Verdict | null;
}

/** How many submissions ended with each verdict; every verdict present, zero when unseen. */
export type VerdictCounts = Record<Verdict, number>;

export interface ProblemStatistics {
  problem: string;
  verdicts: VerdictCounts;
  /** Students with at least one judged submission (IE and pending left out). */
  triedBy: number;
  /** Students with an AC. */
  solvedBy: number;
  /** Median number of judged submissions up to and including the first AC, over solvers; null if nobody solved it. */
  medianAttemptsToAc: number | null;
  /** How many solvers needed 1, 2, 3, … attempts: `[{attempts: 1, students: 12}, …]`, ascending, only non-zero counts. */
  attemptsToAc: { attempts: number; students: number }[];
  /** Every student who tried, in order of first attempt: judged attempts, and attempts up to the first AC (null: not solved). */
  perStudent: { userId: string; attempts: number; attemptsToAc: number | null }[];
}

/**
 * Per-problem statistics of an assignment, the inputs of its charts: verdict distribution,
 * and attempts until the first AC per student (median and distribution). An attempt is a
 * judged submission: pending ones and judge failures (IE) are not the student's doing and
 * are not counted as attempts, though IE shows in the verdict distribution. Pass the
 * submissions the chart is about (e.g. counted ones only, or practice too).
 */
export function problemStatistics(
  problems: readonly string[],
  submissions: readonly StatSubmission[],
): ProblemStatistics[] {
  return problems.map((problem) => {
    const mine = submissions
      .filter((s) => s.problem === problem && s.verdict !== null)
      .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
    const verdicts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
    // Per student: attempts so far, and the count at the first AC once there is one.
    const perStudent = new Map<string, { attempts: number; toAc: number | null }>();
    for (const s of mine) {
      const verdict = s.verdict as Verdict;
      verdicts[verdict] += 1;
      if (verdict === "IE") continue;
      const st = perStudent.get(s.userId) ?? { attempts: 0, toAc: null };
      st.attempts += 1;
      if (verdict === "AC" && st.toAc === null) st.toAc = st.attempts;
      perStudent.set(s.userId, st);
    }
    const toAc = [...perStudent.values()].flatMap((s) => (s.toAc === null ? [] : [s.toAc])).sort((a, b) => a - b);
    const histogram = new Map<number, number>();
    for (const n of toAc) histogram.set(n, (histogram.get(n) ?? 0) + 1);
    return {
      problem,
      verdicts,
      triedBy: perStudent.size,
      solvedBy: toAc.length,
      medianAttemptsToAc: median(toAc),
      attemptsToAc: [...histogram].sort(([a], [b]) => a - b).map(([attempts, students]) => ({ attempts, students })),
      perStudent: [...perStudent].map(([userId, st]) => ({ userId, attempts: st.attempts, attemptsToAc: st.toAc })),
    };
  });
}

/** Median of numbers sorted ascending; the mean of the middle two for an even count. */
function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}
