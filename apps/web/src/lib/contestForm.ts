/** One line of the new-contest form's problem list: `A aplusb #ff0000` (colour optional). */
export interface ProblemLine {
  label: string;
  problem: string;
  color?: string;
}

/**
 * Parses the problem list, one problem per line. Returns the lines or a message naming
 * the first bad line; the rules' own checks (labels, duplicates) run in createContest.
 */
export function parseProblemLines(text: string): { problems: ProblemLine[] } | { error: string } {
  const problems: ProblemLine[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    const [label, problem, color, ...rest] = line.split(/\s+/);
    if (!label || !problem || rest.length > 0) {
      return { error: `Problems, line ${i + 1}: write "label problem-slug [#colour]", e.g. "A aplusb #ff0000".` };
    }
    problems.push(color ? { label, problem, color } : { label, problem });
  }
  return { problems };
}

/** A `datetime-local` value ("2026-12-02T14:00"), read as UTC — the times the pages show are UTC too. */
export function utcFromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  const date = new Date(`${value.length === 16 ? `${value}:00` : value}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
