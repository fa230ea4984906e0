import type { Verdict } from "@arbiter/shared";
import { isCounted, type Credit } from "./creditAt";

/** Which of a student's submissions to a problem counts (issue 9: `"counts"`). */
export type CountsPolicy = "best" | "last";

/** A submission to one problem of an assignment, as far as grading is concerned. */
export interface GradedAttempt {
  id: string;
  /** When it was created; this, not the judging time, decided its credit. */
  submittedAt: Date;
  /** Null while it waits or is judged. */
  verdict: Verdict | null;
  /** The judge's score as a percentage, 0–100 (ioi points converted with `scoreScale`); null until judged. */
  scorePercent: number | null;
  /** The credit it earned when it was made (`classifySubmission`), stored with it. */
  credit: Credit;
}

/**
 * The submission that counts for a problem, or null when none can. Only judged submissions
 * made while the assignment counts (on time or late) take part: pending ones and judge
 * failures (IE) are left out until they are judged, and practice, closed or not-yet-open
 * ones never count. A compile error is the student's result and counts as a score of 0.
 * - "best": the one worth most, score × credit (points are the same for every attempt);
 *   the earliest wins a tie, so a later equal resubmission changes nothing.
 * - "last": the newest one that counts, i.e. the last before the cutoff (Dodona's
 *   "last submission before the deadline"); of two made at the same time, the one later in the input.
 */
export function countedSubmission<T extends GradedAttempt>(submissions: readonly T[], counts: CountsPolicy): T | null {
  let chosen: T | null = null;
  for (const s of submissions) {
    if (!takesPart(s)) continue;
    if (!chosen) {
      chosen = s;
      continue;
    }
    if (counts === "best") {
      const diff = worth(s) - worth(chosen);
      if (diff > 0 || (diff === 0 && s.submittedAt < chosen.submittedAt)) chosen = s;
    } else if (s.submittedAt >= chosen.submittedAt) {
      chosen = s;
    }
  }
  return chosen;
}

function takesPart(s: GradedAttempt): boolean {
  return s.verdict !== null && s.verdict !== "IE" && s.scorePercent !== null && isCounted(s.credit);
}

/** Score × credit, both in percent; comparable across attempts because points do not change. */
function worth(s: GradedAttempt): number {
  const percent = isCounted(s.credit) ? s.credit.percent : 0;
  return (s.scorePercent ?? 0) * percent;
}
