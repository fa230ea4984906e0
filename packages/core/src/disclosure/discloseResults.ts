import type { HiddenTestDisclosure, HiddenTestsSummary, TestResultView } from "@arbiter/shared";

/** A test's result as stored: time and memory always known. */
export interface MeasuredTestResult {
  index: number;
  verdict: TestResultView["verdict"];
  timeMs: number;
  memoryKb: number;
  sample: boolean;
}

export interface DisclosedResults {
  /** Samples in full; hidden tests as `disclosure` allows (every test, for staff). */
  tests: TestResultView[];
  /** What is said about the hidden tests instead; null when nothing was withheld (staff). */
  hidden: HiddenTestsSummary | null;
}

/**
 * What a viewer may see of a judging's per-test results. Samples are the student's own
 * to debug and are shown in full. Hidden tests never show their own time or memory:
 * a program that allocates (or spins) in proportion to a hidden input or answer would
 * read it back from those numbers, so resources come only as the maximum over the
 * hidden tests, and not at all under `verdict_only`. Staff see everything.
 *
 * The single rule for every path that shows results to students (pages, REST, the live
 * stream, lists); problems, assignments and contests each pass their own `disclosure`.
 */
export function discloseResults(
  disclosure: HiddenTestDisclosure,
  viewerIsStaff: boolean,
  results: readonly MeasuredTestResult[],
): DisclosedResults {
  if (viewerIsStaff) return { tests: results.map((r) => ({ ...r })), hidden: null };
  const hidden = results.filter((r) => !r.sample);
  const withResources = disclosure !== "verdict_only" && hidden.length > 0;
  const firstFailure = disclosure === "first_failure" ? hidden.find((r) => r.verdict !== "AC") : undefined;
  return {
    tests: results.flatMap((r): TestResultView[] => {
      if (r.sample) return [{ ...r }];
      if (disclosure !== "per_test") return [];
      return [{ index: r.index, verdict: r.verdict, timeMs: null, memoryKb: null, sample: false }];
    }),
    hidden: {
      disclosure,
      judged: hidden.length,
      maxTimeMs: withResources ? Math.max(...hidden.map((r) => r.timeMs)) : null,
      maxMemoryKb: withResources ? Math.max(...hidden.map((r) => r.memoryKb)) : null,
      firstFailure: firstFailure ? { index: firstFailure.index, verdict: firstFailure.verdict } : null,
    },
  };
}
