import { z } from "zod";
import { languageIdSchema } from "./languages";
import { MAX_SOURCE_BYTES } from "./limits";
import { verdictSchema } from "./verdicts";

/** The one slug rule for problems, courses, assignments and contests: lowercase and URL-safe, 1-63 characters. */
const SLUG = "[a-z0-9][a-z0-9_-]{0,62}";
export const SLUG_PATTERN = new RegExp(`^${SLUG}$`);

/** Course, assignment, contest and problem slugs. */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, "must be 1-63 lowercase letters, digits, - or _, starting with a letter or digit");

/** An assignment named as "{course slug}/{assignment slug}", as the API and forms send it. */
export const assignmentRefSchema = z
  .string()
  .regex(new RegExp(`^${SLUG}/${SLUG}$`), 'must look like "course/assignment" (lowercase slugs)');

/**
 * The two slugs of an assignment reference. Not a validation (the schema above is): any
 * string splits, and a part that is missing comes back empty, which matches no row.
 */
export function parseAssignmentRef(ref: string): { course: string; assignment: string } {
  const [course = "", assignment = ""] = ref.split("/");
  return { course, assignment };
}

/** The fields of a submission (no cross-field rules, so custom runs can reuse them). */
export const submitFieldsSchema = z.object({
  problem: z.string().min(1).max(100),
  // The language is checked against the installed runtimes by createSubmission,
  // so an unknown id gets a specific message rather than a schema error.
  language: z.string().min(1).max(40),
  source: z
    .string()
    .refine((s) => s.trim().length > 0, { message: "source is empty", params: { reason: "source_empty" } })
    .refine((s) => Buffer.byteLength(s, "utf8") <= MAX_SOURCE_BYTES, {
      message: `source is larger than ${MAX_SOURCE_BYTES / 1024} KiB`,
      params: { reason: "source_too_large" },
    })
    .refine((s) => !s.includes("\u0000"), {
      message: "source contains NUL bytes; upload a text file",
      params: { reason: "source_has_nul" },
    }),
  /** "{course}/{assignment}": the submission counts for that assignment. Absent: practice. */
  assignment: assignmentRefSchema.optional(),
  /** A contest's slug: the submission is made in it (`problem` is still the problem's slug). */
  contest: z.string().regex(SLUG_PATTERN, "must be a contest slug").optional(),
});

/** Body of `POST /api/v1/submissions`, and of the web form's server action. */
export const submitRequestSchema = submitFieldsSchema.refine((s) => !(s.assignment && s.contest), {
  message: "name an assignment or a contest, not both",
  path: ["contest"],
});
export type SubmitRequest = z.infer<typeof submitRequestSchema>;

/** Why a submission was enqueued: shapes priority, and is stored on the judging. */
export const judgingReasonSchema = z.enum(["submit", "reconcile", "rejudge"]);
export type JudgingReason = z.infer<typeof judgingReasonSchema>;

/**
 * What kind of place a submission was made in (the place itself is a reference on the
 * row); decides its priority (contest first).
 */
export const submissionContextSchema = z.enum(["practice", "assignment", "contest"]);
export type SubmissionContext = z.infer<typeof submissionContextSchema>;

/**
 * The BullMQ job payload: producer (web) and consumer (worker) parse the same schema.
 * `kind` is absent on jobs enqueued before custom runs existed, hence the default.
 */
export const judgeJobSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("submission"),
    submissionId: z.string().min(1),
    reason: judgingReasonSchema.default("submit"),
  }),
  z.object({ kind: z.literal("custom"), customRunId: z.string().min(1) }),
]);
export const judgeJobInputSchema = z.preprocess(
  (value) => (value && typeof value === "object" && !("kind" in value) ? { ...value, kind: "submission" } : value),
  judgeJobSchema,
);
export type JudgeJob = z.infer<typeof judgeJobSchema>;

/**
 * Queue tiers, most urgent first: contest > assignment > practice > custom run > rejudge.
 * BullMQ runs smaller priority numbers first; within a tier, a user's n-th pending job
 * is pushed back by n (fairness), then FIFO.
 */
export const PRIORITY_TIERS = { contest: 1, assignment: 2, practice: 3, custom: 4, rejudge: 5 } as const;
export type PriorityTier = keyof typeof PRIORITY_TIERS;

/** Live progress published on Redis channel `submissionChannel(id)` as each result is stored. */
export const judgeEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("status"), status: z.enum(["queued", "judging", "done"]) }),
  z.object({
    type: z.literal("test"),
    index: z.number().int(),
    verdict: verdictSchema,
    /** The worker always sends both; the web sends null for a hidden test a student may not measure. */
    timeMs: z.number().int().nullable(),
    memoryKb: z.number().int().nullable(),
    sample: z.boolean(),
  }),
  z.object({ type: z.literal("compiled"), ok: z.boolean() }),
  z.object({ type: z.literal("done"), verdict: verdictSchema, score: z.number() }),
]);
export type JudgeEvent = z.infer<typeof judgeEventSchema>;

export function submissionChannel(submissionId: string): string {
  return `arbiter:submission:${submissionId}`;
}
export function customRunChannel(customRunId: string): string {
  return `arbiter:custom-run:${customRunId}`;
}

export const JUDGE_QUEUE_NAME = "arbiter-judge";

export const submissionStatusSchema = z.enum(["queued", "judging", "done"]);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

export const testResultViewSchema = z.object({
  index: z.number().int(),
  verdict: verdictSchema,
  /** Null for a hidden test when the viewer is not staff: per-test resources of hidden tests leak their data. */
  timeMs: z.number().int().nullable(),
  memoryKb: z.number().int().nullable(),
  sample: z.boolean(),
});
export type TestResultView = z.infer<typeof testResultViewSchema>;

/**
 * What students see of hidden (non-sample) tests, chosen per problem (and by assignments
 * and contests for their own): `verdict_only` the final verdict alone, `first_failure`
 * also the first failing hidden test's number and verdict, `per_test` each hidden test's
 * verdict. Never their input, output, or per-test time and memory.
 */
export const hiddenTestDisclosureSchema = z.enum(["verdict_only", "first_failure", "per_test"]);
export type HiddenTestDisclosure = z.infer<typeof hiddenTestDisclosureSchema>;

/** What a student is told about the hidden tests they may not see one by one; null for staff. */
export const hiddenTestsSummarySchema = z.object({
  disclosure: hiddenTestDisclosureSchema,
  /** Hidden tests judged so far. */
  judged: z.number().int(),
  /** The largest time and memory over the judged hidden tests; null under `verdict_only`. */
  maxTimeMs: z.number().int().nullable(),
  maxMemoryKb: z.number().int().nullable(),
  /** The first hidden test that failed, under `first_failure` only. */
  firstFailure: z.object({ index: z.number().int(), verdict: verdictSchema }).nullable(),
});
export type HiddenTestsSummary = z.infer<typeof hiddenTestsSummarySchema>;

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
  /** The tests the viewer may see one by one (every test, for staff). */
  tests: z.array(testResultViewSchema),
  /** How the hidden tests went, where `tests` leaves them out or without resources; null when nothing is withheld. */
  hidden: hiddenTestsSummarySchema.nullable(),
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

/** A role inside one course (a membership), as the API and the roster speak of it. */
export const courseRoleSchema = z.enum(["instructor", "ta", "student"]);
export type CourseRoleName = z.infer<typeof courseRoleSchema>;
