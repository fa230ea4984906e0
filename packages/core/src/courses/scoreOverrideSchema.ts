import { z } from "zod";

/** Longest reason kept in the audit log; a sentence or two, not an essay. */
export const MAX_OVERRIDE_REASON_LENGTH = 500;

/**
 * A staff override of one student's score on one problem, for a problem worth `points`:
 * a score from 0 to `points` (hundredths at most) and a reason, which the audit log keeps.
 */
export function scoreOverrideSchema(points: number) {
  return z.object({
    score: z
      .number({ error: "Enter the score as a number." })
      .min(0, { error: "The score cannot be negative." })
      .max(points, { error: `The score can be at most ${points} (the problem's points).` })
      // Tolerance: 0.29 * 100 is 28.999999999999996 in binary floating point.
      .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, { error: "Use at most two decimals." }),
    reason: z
      .string({ error: "Give a reason for the override." })
      .trim()
      .min(1, { error: "Give a reason for the override." })
      .max(MAX_OVERRIDE_REASON_LENGTH, {
        error: `The reason can be at most ${MAX_OVERRIDE_REASON_LENGTH} characters.`,
      }),
  });
}
