import { isCounted } from "./creditAt";
import { countedSubmission, type CountsPolicy, type GradedAttempt } from "./countedSubmission";
import { problemScore, roundScore } from "./problemScore";

export interface GradebookStudent {
  userId: string;
  email: string;
  name: string;
  section: string | null;
}

/** A problem of the assignment, in the assignment's order. */
export interface AssignmentProblem {
  /** The problem's slug, as the REST API names it. */
  problem: string;
  points: number;
}

export interface GradebookSubmission extends GradedAttempt {
  userId: string;
  problem: string;
}

/** A staff member's score for one student and problem; it replaces the computed one. */
export interface ScoreOverride {
  userId: string;
  problem: string;
  /** Points, 0 to the problem's points (`scoreOverrideSchema`). */
  score: number;
  reason: string;
}

/** One cell of the gradebook. The first five fields are the REST shape of `GET …/grades`. */
export interface GradeCell {
  problem: string;
  score: number;
  points: number;
  /** The counted submission was made in a late window. False when overridden or missing. */
  late: boolean;
  /** The counted submission; null when none counts (the score is then 0 unless overridden). */
  submissionId: string | null;
  /** Judged submissions (not pending, not IE), counted or not, practice included. */
  attempts: number;
  /** When the counted submission was made. */
  submittedAt: Date | null;
  /** Present when staff overrode the score; `score` is then the override. */
  override: { score: number; reason: string; computedScore: number } | null;
}

/** One student's row of the gradebook: the REST row plus per-cell details. */
export interface GradeRow {
  userId: string;
  email: string;
  name: string;
  section: string | null;
  problems: GradeCell[];
  total: number;
}

export interface GradebookInput {
  students: readonly GradebookStudent[];
  problems: readonly AssignmentProblem[];
  submissions: readonly GradebookSubmission[];
  overrides: readonly ScoreOverride[];
  counts: CountsPolicy;
}

/**
 * The gradebook of one assignment: a row per student (in the order given) with a cell per
 * problem (in assignment order). Submissions by others than the listed students, or to
 * problems not in the assignment, are ignored. Totals add the rounded cells, so a row
 * always sums to what it shows.
 */
export function buildGradeRows(input: GradebookInput): GradeRow[] {
  const byCell = new Map<string, GradebookSubmission[]>();
  for (const s of input.submissions) {
    const key = cellKey(s.userId, s.problem);
    const list = byCell.get(key);
    if (list) list.push(s);
    else byCell.set(key, [s]);
  }
  const overrides = new Map(input.overrides.map((o) => [cellKey(o.userId, o.problem), o]));

  return input.students.map((student) => {
    const problems = input.problems.map(({ problem, points }): GradeCell => {
      const key = cellKey(student.userId, problem);
      const attempts = byCell.get(key) ?? [];
      const counted = countedSubmission(attempts, input.counts);
      const computed =
        counted && counted.scorePercent !== null && isCounted(counted.credit)
          ? problemScore(points, counted.scorePercent, counted.credit.percent)
          : 0;
      const override = overrides.get(key);
      return {
        problem,
        score: override ? roundScore(override.score) : computed,
        points,
        late: !override && counted?.credit.kind === "late",
        submissionId: counted?.id ?? null,
        attempts: attempts.filter((a) => a.verdict !== null && a.verdict !== "IE").length,
        submittedAt: counted?.submittedAt ?? null,
        override: override ? { score: override.score, reason: override.reason, computedScore: computed } : null,
      };
    });
    const total = roundScore(problems.reduce((sum, cell) => sum + cell.score, 0));
    // Field by field: callers may pass whole account rows, and nothing else of them belongs here.
    const { userId, email, name, section } = student;
    return { userId, email, name, section, problems, total };
  });
}

// userId and slug never contain NUL, so the pair is unambiguous.
function cellKey(userId: string, problem: string): string {
  return `${userId}\u0000${problem}`;
}
