import { z } from "zod";
import { ccsFilesSchema, ccsIdSchema, ccsLocationSchema, ccsRgbSchema } from "./primitives";

/** `judgement-types`. `penalty` is required iff the contest has a `penalty_time`. */
export const ccsJudgementTypeSchema = z.strictObject({
  id: ccsIdSchema,
  name: z.string(),
  penalty: z.boolean().optional(),
  solved: z.boolean(),
  simplified_judgement_type_id: ccsIdSchema.nullish(),
});

const commandSchema = z.strictObject({
  command: z.string(),
  args: z.string().nullish(),
  version: z.string().nullish(),
  version_command: z.string().nullish(),
});

/** `languages`. `entry_point_name` is required iff an entry point is. */
export const ccsLanguageSchema = z
  .strictObject({
    id: ccsIdSchema,
    name: z.string(),
    entry_point_required: z.boolean(),
    entry_point_name: z.string().nullish(),
    extensions: z.array(z.string()),
    compiler: commandSchema.optional(),
    runner: commandSchema.optional(),
  })
  .refine((l) => !l.entry_point_required || typeof l.entry_point_name === "string", {
    message: "entry_point_name is required when entry_point_required is true",
    path: ["entry_point_name"],
  });

/**
 * `problems`. `memory_limit`, `output_limit` and `code_limit` arrived after 2023-06, so
 * they are optional here; `max_score` is required iff the scoreboard type is `score`.
 */
export const ccsProblemSchema = z.strictObject({
  id: ccsIdSchema,
  uuid: z.string().nullish(),
  label: z.string(),
  name: z.string(),
  ordinal: z.int(),
  rgb: ccsRgbSchema.nullish(),
  color: z.string().nullish(),
  time_limit: z.number().nonnegative(),
  memory_limit: z.int().nonnegative().optional(),
  output_limit: z.int().nonnegative().optional(),
  code_limit: z.int().nonnegative().optional(),
  test_data_count: z.int().nonnegative(),
  max_score: z.number().optional(),
  package: ccsFilesSchema,
  statement: ccsFilesSchema,
  attachments: ccsFilesSchema,
});

/** `groups`. `hidden` is 2023-06 (hide the group's teams from the scoreboard). */
export const ccsGroupSchema = z.strictObject({
  id: ccsIdSchema,
  icpc_id: z.string().nullish(),
  name: z.string(),
  type: z.string().nullish(),
  hidden: z.boolean().nullish(),
  location: ccsLocationSchema.nullish(),
});

/** `organizations`. */
export const ccsOrganizationSchema = z.strictObject({
  id: ccsIdSchema,
  icpc_id: z.string().nullish(),
  name: z.string(),
  formal_name: z.string().nullish(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code")
    .nullish(),
  country_flag: ccsFilesSchema,
  country_subdivision: z.string().nullish(),
  country_subdivision_flag: ccsFilesSchema,
  url: z.string().nullish(),
  twitter_hashtag: z.string().nullish(),
  twitter_account: z.string().nullish(),
  location: ccsLocationSchema.nullish(),
  logo: ccsFilesSchema,
});

/** `teams`. `group_ids` is required iff the groups endpoint is served; `hidden` is 2023-06. */
export const ccsTeamSchema = z.strictObject({
  id: ccsIdSchema,
  icpc_id: z.string().nullish(),
  name: z.string(),
  label: z.string(),
  display_name: z.string().nullish(),
  organization_id: ccsIdSchema.nullish(),
  group_ids: z.array(ccsIdSchema).nullish(),
  hidden: z.boolean().nullish(),
  location: z.strictObject({ x: z.number(), y: z.number(), rotation: z.number() }).nullish(),
  photo: ccsFilesSchema,
  video: ccsFilesSchema,
  backup: ccsFilesSchema,
  key_log: ccsFilesSchema,
  tool_data: ccsFilesSchema,
  desktop: ccsFilesSchema,
  webcam: ccsFilesSchema,
  audio: ccsFilesSchema,
  primary_rgb: ccsRgbSchema.nullish(),
  primary_color: z.string().nullish(),
  secondary_rgb: ccsRgbSchema.nullish(),
  secondary_color: z.string().nullish(),
});
