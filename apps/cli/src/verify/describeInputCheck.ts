import type { InputProblem, InputValidatorCheck } from "./validateInputs";

/** Longest excerpt of a validator's or compiler's output shown on one line. */
const EXCERPT_MAX_CHARS = 200;

/**
 * The lines `problem:verify` prints for one input validator: a summary, then one line
 * per input it did not accept (or the compiler's first error). A skipped validator is a
 * warning instead, so that stdout stays the report of what ran.
 */
export function describeInputCheck(check: InputValidatorCheck): { lines: string[]; warning?: string } {
  switch (check.outcome) {
    case "skipped":
      return { lines: [], warning: `${check.rel}: skipped (${check.why}); the inputs were not checked with it` };
    case "not-compiled":
      return { lines: [withExcerpt(`${check.rel}: ${check.reason}`, pickLine(check.output, /\berror\b/i))] };
    case "ran":
      return {
        lines: [`${check.rel}: ${check.valid} of ${check.total} inputs valid`, ...check.problems.map(describeProblem)],
      };
  }
}

function describeProblem(problem: InputProblem): string {
  const what = problem.status === "invalid" ? "invalid" : `validator failed (${problem.reason ?? "unknown reason"})`;
  return withExcerpt(`  ${problem.test}: ${what}`, pickLine(problem.message));
}

/**
 * The line of a program's output worth showing: the first non-empty one, except that a
 * Python traceback's first line says nothing (its last one does), and neither does
 * gcc's "In function …" (its first error does).
 */
function pickLine(text: string | undefined, prefer?: RegExp): string | undefined {
  const lines = (text ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines[0]?.startsWith("Traceback (most recent call last)")) return lines.at(-1);
  return (prefer && lines.find((line) => prefer.test(line))) ?? lines[0];
}

/** `head: line`, the line cut to EXCERPT_MAX_CHARS; just `head` without a line. */
function withExcerpt(head: string, line: string | undefined): string {
  if (!line) return head;
  return `${head}: ${line.length > EXCERPT_MAX_CHARS ? `${line.slice(0, EXCERPT_MAX_CHARS)}…` : line}`;
}

/** The closing line of `problem:verify` when the inputs did not all pass their validators, else undefined. */
export function summarizeInputChecks(checks: readonly InputValidatorCheck[]): string | undefined {
  const problems = checks.flatMap((c) => (c.outcome === "ran" ? c.problems : []));
  const invalid = problems.filter((p) => p.status === "invalid").length;
  const failed = problems.length - invalid;
  const notCompiled = checks.filter((c) => c.outcome === "not-compiled").length;
  const parts = [
    invalid > 0 ? `${invalid} invalid input${invalid === 1 ? "" : "s"}` : "",
    failed > 0 ? `${failed} validator failure${failed === 1 ? "" : "s"}` : "",
    notCompiled > 0 ? `${notCompiled} validator${notCompiled === 1 ? "" : "s"} not compiled` : "",
  ].filter(Boolean);
  return parts.length > 0 ? `Input validation failed: ${parts.join(", ")}.` : undefined;
}
