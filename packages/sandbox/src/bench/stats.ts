/**
 * Descriptive statistics for the sandbox benchmark. Pure functions over plain arrays
 * so they can be unit-tested; none of them mutates its input.
 */

/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between closest ranks (R's type 7, numpy's default). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError("quantile of an empty sample");
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} is outside [0, 1]`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower]!;
  return low + (sorted[upper]! - low) * (position - lower);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("mean of an empty sample");
  return values.reduce((sum, x) => sum + x, 0) / values.length;
}

/** Sample standard deviation (n − 1 in the denominator); 0 for a single value. */
export function standardDeviation(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, x) => sum + (x - m) ** 2, 0) / (values.length - 1));
}

/** Standard deviation over mean, as a fraction (0.01 = 1 %). */
export function coefficientOfVariation(values: readonly number[]): number {
  return standardDeviation(values) / mean(values);
}

/** (max − min) / median, as a fraction: the worst disagreement between two repeats. */
export function relativeSpread(values: readonly number[]): number {
  return (Math.max(...values) - Math.min(...values)) / median(values);
}

/** a[i] − b[i] for two samples taken in pairs (same iteration), e.g. two clocks around one run. */
export function pairedDifferences(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new RangeError(`paired samples differ in length: ${a.length} and ${b.length}`);
  return a.map((x, i) => x - b[i]!);
}

export interface Summary {
  n: number;
  min: number;
  median: number;
  p95: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary {
  return {
    n: values.length,
    min: Math.min(...values),
    median: median(values),
    p95: quantile(values, 0.95),
    max: Math.max(...values),
    mean: mean(values),
  };
}
