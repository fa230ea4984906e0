/** The steps of a judging whose time `bench:judge` breaks down, in ms. */
export const JUDGING_PHASES = ["load", "containerOpen", "compile", "testData", "tests", "checker", "storing"] as const;
export type JudgingPhase = (typeof JUDGING_PHASES)[number];

/** Where a judging adds the time of each step (summed when a step repeats). */
export type JudgingTimings = Partial<Record<JudgingPhase, number>>;

/** Times `work` into `timings[phase]` when timings are wanted. */
export async function timed<T>(
  timings: JudgingTimings | undefined,
  phase: JudgingPhase,
  work: () => Promise<T>,
): Promise<T> {
  if (!timings) return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings[phase] = (timings[phase] ?? 0) + (performance.now() - start);
  }
}
