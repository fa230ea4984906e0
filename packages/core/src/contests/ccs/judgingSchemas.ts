import { z } from "zod";
import { ccsFileSchema, ccsFilesSchema, ccsIdSchema, ccsRelTimeSchema, ccsTimeSchema } from "./primitives";

/**
 * `submissions`. `files` is one zip (Hydro's resolver export sends `[]`, which stays
 * valid); during a freeze only admins and analysts may see it (Contest_API access rules).
 */
export const ccsSubmissionSchema = z.strictObject({
  id: ccsIdSchema,
  language_id: ccsIdSchema,
  problem_id: ccsIdSchema,
  team_id: ccsIdSchema.nullish(),
  account_id: ccsIdSchema.nullish(),
  time: ccsTimeSchema,
  contest_time: ccsRelTimeSchema,
  entry_point: z.string().nullish(),
  files: z.array(ccsFileSchema),
  reaction: ccsFilesSchema,
});

/**
 * `judgements`. Finished iff it has a judgement type (or simplified one), and then it
 * needs `end_time`. `start_contest_time`/`end_contest_time` are 2023-06 fields.
 */
export const ccsJudgementSchema = z
  .strictObject({
    id: ccsIdSchema,
    submission_id: ccsIdSchema,
    judgement_type_id: ccsIdSchema.nullish(),
    simplified_judgement_type_id: ccsIdSchema.nullish(),
    score: z.number().nonnegative().optional(),
    current: z.boolean().nullish(),
    start_time: ccsTimeSchema,
    start_contest_time: ccsRelTimeSchema.optional(),
    end_time: ccsTimeSchema.nullish(),
    end_contest_time: ccsRelTimeSchema.nullish(),
    max_run_time: z.number().nonnegative().nullish(),
  })
  .refine((j) => !j.judgement_type_id || typeof j.end_time === "string", {
    message: "end_time is required once judgement_type_id is set",
    path: ["end_time"],
  });

/** `runs`: one test case of a judgement. `contest_time` is required in 2023-06, gone in 2026-01. */
export const ccsRunSchema = z.strictObject({
  id: ccsIdSchema,
  judgement_id: ccsIdSchema,
  ordinal: z.int().positive(),
  judgement_type_id: ccsIdSchema,
  time: ccsTimeSchema,
  contest_time: ccsRelTimeSchema.optional(),
  run_time: z.number().nonnegative(),
  score: z.number().nullish(),
});

/**
 * `clarifications`. A team's request goes to the judges only, so when `from_team_id` is
 * set neither `to_team_ids` nor `to_group_ids` may be.
 */
export const ccsClarificationSchema = z
  .strictObject({
    id: ccsIdSchema,
    from_team_id: ccsIdSchema.nullish(),
    to_team_ids: z.array(ccsIdSchema).nullish(),
    to_group_ids: z.array(ccsIdSchema).nullish(),
    reply_to_id: ccsIdSchema.nullish(),
    problem_id: ccsIdSchema.nullish(),
    category_id: ccsIdSchema.nullish(),
    text: z.string(),
    time: ccsTimeSchema,
    contest_time: ccsRelTimeSchema,
  })
  .refine((c) => !c.from_team_id || (!c.to_team_ids && !c.to_group_ids), {
    message: "a team's clarification cannot be addressed to teams or groups",
    path: ["to_team_ids"],
  });
