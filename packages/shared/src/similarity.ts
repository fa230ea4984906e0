import { z } from "zod";

/** The BullMQ queue of similarity checks; separate from judging so a long check never delays a verdict. */
export const SIMILARITY_QUEUE_NAME = "arbiter-similarity";

/** The job the web enqueues and the worker runs: the check row holds everything else. */
export const similarityJobSchema = z.object({ checkId: z.string().min(1) });
export type SimilarityJob = z.infer<typeof similarityJobSchema>;

export const similarityStatusSchema = z.enum(["queued", "running", "done", "failed"]);
export type SimilarityStatus = z.infer<typeof similarityStatusSchema>;

export const similarityScopeSchema = z.enum(["counted", "all"]);
export type SimilarityScope = z.infer<typeof similarityScopeSchema>;

export const similarityReviewVerdictSchema = z.enum(["fine", "suspicious"]);
export type SimilarityReviewVerdict = z.infer<typeof similarityReviewVerdictSchema>;

/** Most characters of instructor-provided code a check may ignore. */
export const MAX_IGNORED_CODE_CHARS = 200_000;

/**
 * `POST /api/v1/similarity`: one problem of an assignment ("{course}/{assignment}") or of a
 * contest. `scope` "all" compares every submission instead of one per participant;
 * `ignore` is instructor-provided code left out of matches (the language's starter
 * template always is); `threshold` is the similarity at which pairs join clusters.
 */
export const startSimilarityRequestSchema = z
  .object({
    assignment: z.string().min(1).optional(),
    contest: z.string().min(1).optional(),
    problem: z.string().min(1),
    scope: similarityScopeSchema.default("counted"),
    ignore: z.string().max(MAX_IGNORED_CODE_CHARS).default(""),
    threshold: z.number().min(0).max(1).default(0.75),
  })
  .refine((r) => (r.assignment === undefined) !== (r.contest === undefined), {
    message: 'Name either "assignment" ("{course}/{assignment}") or "contest", not both.',
    path: ["assignment"],
  });
export type StartSimilarityRequest = z.input<typeof startSimilarityRequestSchema>;

/** How one language's submissions were compared. */
export const similarityLanguageSummarySchema = z.object({
  language: z.string(),
  submissions: z.number().int(),
  /** "syntax": parsed by the engine; "text": the engine has no parser, so compared as plain text. */
  comparedAs: z.enum(["syntax", "text"]),
});
export type SimilarityLanguageSummary = z.infer<typeof similarityLanguageSummarySchema>;

/** `PUT /api/v1/similarity/{id}/pairs/{pairId}/review`. */
export const similarityReviewRequestSchema = z.object({
  verdict: similarityReviewVerdictSchema,
  note: z.string().max(2000).default(""),
});
