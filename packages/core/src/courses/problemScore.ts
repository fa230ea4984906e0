/**
 * A problem's score in an assignment (issue 9): points × (the submission's score ÷ 100) ×
 * (the credit percent when it was made ÷ 100), rounded to hundredths so that totals and
 * CSV cells show 7.5, never 7.499999999. `scorePercent` is the judge's score as a
 * percentage (convert ioi points with `scoreScale` first).
 */
export function problemScore(points: number, scorePercent: number, creditPercent: number): number {
  return roundScore((points * scorePercent * creditPercent) / 10_000);
}

/** Rounds to hundredths of a point, the precision grades are stored and shown with. */
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}
