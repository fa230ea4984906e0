import { z } from "zod";
import { MEMORY_LIMIT_RANGE_MB, TIME_LIMIT_RANGE_S } from "../package/packageLimits";

/** Longest statement accepted from the editor, in characters (a package's statement may be 1 MiB). */
export const MAX_STATEMENT_CHARS = 200_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;

/**
 * What an author may change in the web after an upload (`PATCH /api/v1/problems/{slug}`
 * and the edit page): every field optional, unknown fields refused. The ranges are the
 * package importer's, so a problem edited here could have come from a package.
 */
export const problemDetailsSchema = z
  .object({
    title: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters").optional(),
    statement: z.string().max(MAX_STATEMENT_CHARS, `must be at most ${MAX_STATEMENT_CHARS} characters`).optional(),
    timeLimitMs: z
      .number()
      .int("must be a whole number of milliseconds")
      .min(TIME_LIMIT_RANGE_S.min * 1000, `must be at least ${TIME_LIMIT_RANGE_S.min * 1000} ms`)
      .max(TIME_LIMIT_RANGE_S.max * 1000, `must be at most ${TIME_LIMIT_RANGE_S.max * 1000} ms`)
      .optional(),
    memoryLimitMb: z
      .number()
      .int("must be a whole number of MiB")
      .min(MEMORY_LIMIT_RANGE_MB.min, `must be at least ${MEMORY_LIMIT_RANGE_MB.min} MiB`)
      .max(MEMORY_LIMIT_RANGE_MB.max, `must be at most ${MEMORY_LIMIT_RANGE_MB.max} MiB`)
      .optional(),
    tags: z
      .array(
        z
          .string()
          .trim()
          .min(1, "must not be empty")
          .max(MAX_TAG_LENGTH, `must be at most ${MAX_TAG_LENGTH} characters`),
      )
      .max(MAX_TAGS, `at most ${MAX_TAGS} tags`)
      .transform((tags) => [...new Set(tags)])
      .optional(),
    difficulty: z.number().int().min(1, "must be 1 to 5").max(5, "must be 1 to 5").nullable().optional(),
  })
  .strict();
export type ProblemDetails = z.output<typeof problemDetailsSchema>;
