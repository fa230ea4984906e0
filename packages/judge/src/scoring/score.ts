import { worstVerdict, type ScoringMode, type Verdict } from "@arbiter/shared";

export interface JudgedTest {
  verdict: Verdict;
  /** Partial credit from a checker, 0..1; absent means all (AC) or nothing. */
  fraction?: number | null;
}

export interface JudgedGroup {
  name: string;
  points: number;
  sample: boolean;
  /** Tests judged, in order; empty when the group was skipped (a dependency failed). */
  tests: JudgedTest[];
  /** Tests the group holds, judged or not. */
  size: number;
}

export interface Score {
  verdict: Verdict;
  /** 0..100 for icpc and homework; points for ioi. */
  score: number;
}

const credit = (t: JudgedTest): number => (t.verdict === "AC" ? 1 : Math.min(1, Math.max(0, t.fraction ?? 0)));
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Turns judged groups into the final verdict and score.
 * - icpc: the first failing test decides the verdict (in judging order); 100 or 0.
 * - homework: the percentage of all tests passed (partial credit counts); worst verdict.
 * - ioi: each non-sample group earns its points times its weakest test's credit (a group
 *   scores its minimum); unjudged tests earn nothing. Without any points set, falls
 *   back to homework's percentage. Worst verdict.
 */
export function scoreJudging(mode: ScoringMode, groups: readonly JudgedGroup[]): Score {
  const tests = groups.flatMap((g) => g.tests);
  if (mode === "icpc") {
    const failed = tests.find((t) => t.verdict !== "AC");
    const complete = tests.length === groups.reduce((n, g) => n + g.size, 0);
    const verdict = failed?.verdict ?? (complete ? "AC" : "IE");
    return { verdict, score: verdict === "AC" ? 100 : 0 };
  }
  const verdict = worstVerdict(tests.map((t) => t.verdict));
  const scored = groups.filter((g) => !g.sample);
  const totalPoints = scored.reduce((n, g) => n + g.points, 0);
  if (mode === "ioi" && totalPoints > 0) {
    const earned = scored.reduce((sum, g) => {
      if (g.tests.length < g.size || g.size === 0) return sum;
      return sum + g.points * Math.min(...g.tests.map(credit));
    }, 0);
    return { verdict, score: round2(earned) };
  }
  const size = groups.reduce((n, g) => n + g.size, 0);
  const passed = tests.reduce((n, t) => n + credit(t), 0);
  return { verdict, score: size === 0 ? 0 : round2((passed / size) * 100) };
}

/** Whether every test of a group was judged and accepted (dependencies need exactly that). */
export function groupPassed(group: JudgedGroup): boolean {
  return group.tests.length === group.size && group.tests.every((t) => t.verdict === "AC");
}
