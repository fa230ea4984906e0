import { worstVerdict, type ScoringMode, type Verdict } from "@arbiter/shared";

export interface JudgedTest {
  verdict: Verdict;
  /** Partial credit from a checker, 0..1; absent means all (AC) or nothing. */
  fraction?: number | null;
  /** Points an output validator gave in score.txt; they replace the test's share of the group's points. */
  score?: number | null;
}

export interface JudgedGroup {
  name: string;
  points: number;
  sample: boolean;
  /** Tests judged, in order; empty when the group was skipped (a dependency failed). */
  tests: JudgedTest[];
  /** Tests the group holds, judged or not. */
  size: number;
  /** Kattis grader_flags of the group; its aggregation ("sum", "avg", "min", "max") decides its score, "min" when none. */
  graderFlags?: readonly string[];
}

export interface Score {
  verdict: Verdict;
  /** 0..100 for icpc and homework; points for ioi. */
  score: number;
}

/** Problem-wide rules from the package's top-level grader_flags. */
export interface ScoringRules {
  graderFlags: readonly string[];
}

const AGGREGATIONS = ["sum", "avg", "min", "max"] as const;
type Aggregation = (typeof AGGREGATIONS)[number];

const credit = (t: JudgedTest): number => (t.verdict === "AC" ? 1 : Math.min(1, Math.max(0, t.fraction ?? 0)));
const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Turns judged groups into the final verdict and score.
 * - icpc: the first failing test decides the verdict (in judging order); 100 or 0.
 * - homework: the percentage of all tests passed (partial credit counts); worst verdict.
 * - ioi (the format's scoring problems): the verdict follows the top-level grader flags as
 *   Kattis' default grader does — the first failing test's (`first_error`, the default),
 *   the worst by precedence (`worst_error`), AC if any test was (`accept_if_any_accepted`),
 *   or always AC (`always_accept`); `ignore_sample` leaves the samples out of both. Each
 *   non-sample group's tests are aggregated by its own flags (see {@link groupScore}).
 *   Without any points set, falls back to homework's percentage.
 */
export function scoreJudging(
  mode: ScoringMode,
  groups: readonly JudgedGroup[],
  rules: ScoringRules = { graderFlags: [] },
): Score {
  const tests = groups.flatMap((g) => g.tests);
  if (mode === "icpc") {
    const failed = tests.find((t) => t.verdict !== "AC");
    const complete = tests.length === groups.reduce((n, g) => n + g.size, 0);
    const verdict = failed?.verdict ?? (complete ? "AC" : "IE");
    return { verdict, score: verdict === "AC" ? 100 : 0 };
  }
  if (mode === "homework") {
    const size = groups.reduce((n, g) => n + g.size, 0);
    const passed = tests.reduce((n, t) => n + credit(t), 0);
    return {
      verdict: worstVerdict(tests.map((t) => t.verdict)),
      score: size === 0 ? 0 : round2((passed / size) * 100),
    };
  }
  const flags = rules.graderFlags;
  const counted = flags.includes("ignore_sample") ? groups.filter((g) => !g.sample) : groups;
  const verdict = ioiVerdict(
    counted.flatMap((g) => g.tests),
    flags,
  );
  const scored = counted.filter((g) => !g.sample || g.points > 0);
  const totalPoints = scored.reduce((n, g) => n + g.points, 0);
  const validatorScored = scored.some((g) => g.tests.some((t) => typeof t.score === "number"));
  if (totalPoints > 0 || validatorScored) {
    return { verdict, score: round2(scored.reduce((sum, g) => sum + groupScore(g), 0)) };
  }
  const size = counted.reduce((n, g) => n + g.size, 0);
  const passed = counted.flatMap((g) => g.tests).reduce((n, t) => n + credit(t), 0);
  return { verdict, score: size === 0 ? 0 : round2((passed / size) * 100) };
}

/** The verdict of a scoring problem by its grader flags (Kattis' default grader). */
function ioiVerdict(tests: readonly JudgedTest[], flags: readonly string[]): Verdict {
  if (tests.some((t) => t.verdict === "IE")) return "IE"; // a judge fault is never hidden
  if (flags.includes("always_accept")) return "AC";
  if (flags.includes("accept_if_any_accepted") && tests.some((t) => t.verdict === "AC")) return "AC";
  if (flags.includes("worst_error")) return worstVerdict(tests.map((t) => t.verdict));
  return tests.find((t) => t.verdict !== "AC")?.verdict ?? "AC";
}

/**
 * One group's points. Each test is worth its score.txt when the validator wrote one, else
 * its credit times its share: `points / size` under `sum` (Kattis' default: accept_score
 * per test), the whole `points` under `avg`, `min` and `max`. Tests never judged (a
 * dependency failed, or on_reject: break) are worth 0.
 */
export function groupScore(group: JudgedGroup): number {
  if (group.size === 0) return 0;
  const aggregation: Aggregation = AGGREGATIONS.find((a) => group.graderFlags?.includes(a)) ?? "min";
  const share = aggregation === "sum" ? group.points / group.size : group.points;
  const values = group.tests.map((t) => (typeof t.score === "number" ? t.score : credit(t) * share));
  const missing = group.size - group.tests.length;
  const all = [...values, ...Array<number>(missing).fill(0)];
  const total = all.reduce((a, b) => a + b, 0);
  if (aggregation === "sum") return total;
  if (aggregation === "avg") return total / group.size;
  if (aggregation === "max") return Math.max(...all);
  return Math.min(...all);
}

/** Whether every test of a group was judged and accepted (dependencies need exactly that). */
export function groupPassed(group: JudgedGroup): boolean {
  return group.tests.length === group.size && group.tests.every((t) => t.verdict === "AC");
}
