import type { PrismaClient } from "@arbiter/db/client";
import type { ScoringMode, SubmissionView } from "@arbiter/shared";
import type { Viewer } from "./access";
import { toSubmissionView } from "./getSubmissionView";
import { loadSubmission } from "./loadSubmission";
import { scoreScale, type ScoreScale } from "./scoreScale";

/** Sample input and answer shown per test, in bytes of UTF-8; the judge keeps at most 64 KiB of output. */
export const SAMPLE_TEXT_SHOWN_BYTES = 64 * 1024;

/** What a sample test was given, what it should print, and what the program printed. */
export interface SampleComparison {
  /** The test's 1-based judging index, matching `tests[].index`. */
  index: number;
  input: string;
  expected: string;
  /** Null when nothing was kept (the program produced no output or the result predates output keeping). */
  actual: string | null;
  /** Whether any of the three texts was cut to `SAMPLE_TEXT_SHOWN_BYTES` (the judge also caps `actual`). */
  truncated: boolean;
}

/** Everything the submission page shows: the view plus source, scoring and sample comparisons. */
export interface SubmissionDetails extends SubmissionView {
  problemTitle: string;
  scoring: ScoringMode;
  scoreScale: ScoreScale;
  /** Tests the problem has (ICPC judging may stop before running them all). */
  totalTests: number;
  source: string;
  /** One entry per judged SAMPLE test of the newest judging; hidden tests never appear here. */
  samples: SampleComparison[];
}

/**
 * A submission as its owner (or staff) sees it on its page: the view, source, scoring
 * and, for SAMPLE tests only, input, expected and actual output. `loadSubmission` reads
 * test data with a query that yields nothing for hidden tests, so their input and answer
 * never reach the web process. `not_found` for anyone who may not see it.
 */
export async function getSubmissionDetails(db: PrismaClient, viewer: Viewer, id: string): Promise<SubmissionDetails> {
  const loaded = await loadSubmission(db, viewer, id, {
    withSampleData: true,
    maxSampleBytes: SAMPLE_TEXT_SHOWN_BYTES,
  });
  return {
    ...toSubmissionView(loaded, viewer),
    problemTitle: loaded.problem.title,
    scoring: loaded.problem.scoring,
    scoreScale: scoreScale(loaded.problem.scoring, loaded.problem.groups),
    totalTests: loaded.problem.totalTests,
    source: loaded.source,
    samples: loaded.results
      .filter((r) => r.sample && r.input !== null && r.answer !== null)
      .map((r) => {
        const input = decodeCapped(r.input!);
        const expected = decodeCapped(r.answer!);
        const actual = r.output ? decodeCapped(r.output) : null;
        return {
          index: r.index,
          input: input.text,
          expected: expected.text,
          actual: actual?.text ?? null,
          truncated: input.cut || expected.cut || (actual?.cut ?? false),
        };
      }),
  };
}

/** Lenient UTF-8 (binary shows replacement characters), cut at a character boundary. */
function decodeCapped(bytes: Uint8Array): { text: string; cut: boolean } {
  const cut = bytes.length > SAMPLE_TEXT_SHOWN_BYTES;
  const text = new TextDecoder().decode(cut ? bytes.subarray(0, SAMPLE_TEXT_SHOWN_BYTES) : bytes);
  // A multi-byte character split by the cut decodes as U+FFFD at the very end; drop it.
  return { text: cut ? text.replace(/\uFFFD$/, "") : text, cut };
}
