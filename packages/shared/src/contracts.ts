import { z } from "zod";
import { languageIdSchema } from "./languages";
import { MAX_SOURCE_BYTES } from "./limits";
import { verdictSchema } from "./verdicts";

/** Body of `POST /api/v1/submissions`, and of the web form's server action. */
export const submitRequestSchema = z.object({
  problem: z.string().min(1).max(100),
  // The language is checked against the installed runtimes by createSubmission,
  // so an unknown id gets a specific message rather than a schema error.
  language: z.string().min(1).max(40),
  source: z
    .string()
    .refine((s) => s.trim().length > 0, "source is empty")
    .refine((s) => Buffer.byteLength(s, "utf8") <= MAX_SOURCE_BYTES, `source is larger than ${MAX_SOURCE_BYTES / 1024} KiB`)
    .refine((s) => !s.includes("\u0000"), "source contains NUL bytes; upload a text file"),
});
export type SubmitRequest = z.infer<typeof submitRequestSchema>;

/** The BullMQ job payload: producer (web) and consumer (worker) parse the same schema. */
export const judgeJobSchema = z.object({
  submissionId: z.string().min(1),
  /** Why it was enqueued: shapes priority, and lets a rejudge be told apart in logs. */
  reason: z.enum(["submit", "reconcile", "rejudge"]).default("submit"),
});
export type JudgeJob = z.infer<typeof judgeJobSchema>;

export const JUDGE_QUEUE_NAME = "arbiter-judge";

export const submissionStatusSchema = z.enum(["queued", "judging", "done"]);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

export const testResultViewSchema = z.object({
  index: z.number().int(),
  verdict: verdictSchema,
  timeMs: z.number().int(),
  memoryKb: z.number().int(),
  sample: z.boolean(),
});
export type TestResultView = z.infer<typeof testResultViewSchema>;

/** Response of `GET /api/v1/submissions/:id`. */
export const submissionViewSchema = z.object({
  id: z.string(),
  problem: z.string(),
  language: languageIdSchema,
  status: submissionStatusSchema,
  verdict: verdictSchema.nullable(),
  score: z.number().nullable(),
  compileOutput: z.string().nullable(),
  createdAt: z.string(),
  tests: z.array(testResultViewSchema),
});
export type SubmissionView = z.infer<typeof submissionViewSchema>;

export const languageViewSchema = z.object({ id: languageIdSchema, name: z.string(), version: z.string() });
export type LanguageView = z.infer<typeof languageViewSchema>;

export const problemViewSchema = z.object({
  slug: z.string(),
  title: z.string(),
  timeLimitMs: z.number().int(),
  memoryLimitMb: z.number().int(),
});
export type ProblemView = z.infer<typeof problemViewSchema>;

export const roleSchema = z.enum(["student", "instructor", "admin"]);
export type Role = z.infer<typeof roleSchema>;
