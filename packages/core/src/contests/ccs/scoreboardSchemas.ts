import { z } from "zod";
import { ccsStateSchema } from "./contestSchemas";
import { ccsIdSchema, ccsMinutesSchema, ccsRelTimeSchema, ccsTimeSchema } from "./primitives";

/** `awards`. `team_ids` null: not kept up to date; `[]`: kept, nobody has it yet. */
export const ccsAwardSchema = z.strictObject({
  id: ccsIdSchema,
  citation: z.string(),
  team_ids: z.array(ccsIdSchema).nullish(),
});

/**
 * A scoreboard cell. `solved` (pass-fail) or `score` (score) is required by the type;
 * `time` is the solve minute (2023-06 integer, 2026-01 RELTIME), required iff solved or
 * score > 0.
 */
const ccsScoreboardProblemSchema = z
  .strictObject({
    problem_id: ccsIdSchema,
    num_judged: z.int().nonnegative(),
    num_pending: z.int().nonnegative(),
    solved: z.boolean().optional(),
    score: z.number().optional(),
    time: ccsMinutesSchema.optional(),
  })
  .refine((p) => p.solved !== undefined || p.score !== undefined, "solved or score is required")
  .refine((p) => !(p.solved === true || (p.score ?? 0) > 0) || p.time !== undefined, {
    message: "time is required when solved or scored",
    path: ["time"],
  });

const ccsScoreboardRowSchema = z.strictObject({
  rank: z.int().positive(),
  team_id: ccsIdSchema,
  score: z
    .strictObject({
      num_solved: z.int().nonnegative().optional(),
      total_time: ccsMinutesSchema.optional(),
      score: z.number().optional(),
      time: ccsMinutesSchema.nullish(),
    })
    .refine(
      (s) => (s.num_solved !== undefined && s.total_time !== undefined) || s.score !== undefined,
      "num_solved and total_time (pass-fail) or score (score) are required",
    ),
  problems: z.array(ccsScoreboardProblemSchema).nullish(),
});

/** `contests/<id>/scoreboard`. Rows are sorted by rank (ties by team name), checked here. */
export const ccsScoreboardSchema = z.strictObject({
  time: ccsTimeSchema,
  contest_time: ccsRelTimeSchema,
  state: ccsStateSchema,
  rows: z
    .array(ccsScoreboardRowSchema)
    .refine((rows) => rows.every((r, i) => i === 0 || (rows[i - 1]?.rank ?? 0) <= r.rank), "rows sorted by rank"),
});
