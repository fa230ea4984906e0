/** Words for a problem's difficulty (1 easiest … 5 hardest). */
export const DIFFICULTY_LABELS: Record<number, string> = {
  1: "Very easy",
  2: "Easy",
  3: "Medium",
  4: "Hard",
  5: "Very hard",
};

/** A `?difficulty=` value as 1–5, or undefined for anything else. */
export function parseDifficulty(value: string | undefined): number | undefined {
  if (!value || !/^[1-5]$/.test(value)) return undefined;
  return Number(value);
}
