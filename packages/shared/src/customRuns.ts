import { z } from "zod";
import { submitFieldsSchema, submissionStatusSchema } from "./contracts";
import { languageIdSchema } from "./languages";
import { verdictSchema } from "./verdicts";

/** Largest stdin a custom run accepts, in bytes of UTF-8. */
export const MAX_CUSTOM_INPUT_BYTES = 1024 * 1024;
/** Custom runs a user may have queued or running at once; more is refused (rate_limited). */
export const MAX_PENDING_CUSTOM_RUNS = 3;

/**
 * Body of "run my code on my input": a submission plus the stdin to feed it. `assignment`
 * names where the problem was opened from, so a course's student may run a private problem
 * of an assignment of theirs (the run itself never counts).
 */
export const customRunRequestSchema = submitFieldsSchema.omit({ contest: true }).extend({
  input: z
    .string()
    .refine(
      (s) => Buffer.byteLength(s, "utf8") <= MAX_CUSTOM_INPUT_BYTES,
      `input is larger than ${MAX_CUSTOM_INPUT_BYTES / 1024 / 1024} MiB`,
    )
    .default(""),
});
export type CustomRunRequest = z.infer<typeof customRunRequestSchema>;

/**
 * A custom run as its owner sees it. `verdict` says how the run ended: AC means it ran
 * to completion (nothing is compared), CE/TLE/MLE/RE say why it did not, IE is the judge's fault.
 */
export const customRunViewSchema = z.object({
  id: z.string(),
  problem: z.string(),
  language: languageIdSchema,
  status: submissionStatusSchema,
  verdict: verdictSchema.nullable(),
  compileOutput: z.string().nullable(),
  /** The program's stdout, cut at the judge's display cap (64 KiB), as UTF-8 text. */
  output: z.string().nullable(),
  stderr: z.string().nullable(),
  timeMs: z.number().int().nullable(),
  memoryKb: z.number().int().nullable(),
  createdAt: z.string(),
});
export type CustomRunView = z.infer<typeof customRunViewSchema>;
