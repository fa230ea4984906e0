/** One bar of a score histogram: scores in [from, to), the last bar also holds `to` itself. */
export interface HistogramBin {
  from: number;
  to: number;
  count: number;
}

/**
 * Students' totals in `binCount` equal bins from 0 to `maxScore` (the assignment's points),
 * for a bar chart. Bins are half-open, [from, to), except the last, which is closed so a
 * full score lands in the top bar. Scores outside 0–max (an override above the points)
 * are clamped into the first or last bin rather than dropped, so the bars always add up to
 * the number of students.
 */
export function scoreHistogram(totals: readonly number[], maxScore: number, binCount = 10): HistogramBin[] {
  if (!(maxScore > 0) || !Number.isInteger(binCount) || binCount < 1) {
    throw new RangeError("scoreHistogram needs maxScore > 0 and a positive whole binCount");
  }
  const width = maxScore / binCount;
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, i) => ({
    from: round(i * width),
    to: round(i === binCount - 1 ? maxScore : (i + 1) * width),
    count: 0,
  }));
  for (const total of totals) {
    const index = Math.min(binCount - 1, Math.max(0, Math.floor(total / width)));
    (bins[index] as HistogramBin).count += 1;
  }
  return bins;
}

// Bin edges for labels: 33.333333 reads as 33.33.
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
