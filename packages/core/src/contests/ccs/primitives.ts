import { z } from "zod";

/**
 * The CCS JSON property types (JSON_Format.md §JSON property types), shared by every
 * object schema. `T ?` (nullable) properties are written `.nullish()`: the spec reads a
 * missing property as null ("Default values specify how missing or null values should
 * be interpreted").
 */

/** `ID`: `[a-zA-Z0-9_.-]`, at most 36, not starting with `-` or `.`, not ending with `.`. */
export const ccsIdSchema = z
  .string()
  .regex(/^(?=.{1,36}$)[a-zA-Z0-9_][a-zA-Z0-9_.-]*$/, "a CCS ID")
  .refine((id) => !id.endsWith("."), "a CCS ID must not end with a dot");

/** `TIME`: `yyyy-mm-ddThh:mm:ss(.uuu)?[+-]zz(:mm)?` or `Z` for UTC. */
export const ccsTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?([+-]\d{2}(:\d{2})?|Z)$/, "a CCS TIME");

/** `RELTIME`: `(-)?(h)*h:mm:ss(.uuu)?`. */
export const ccsRelTimeSchema = z.string().regex(/^-?\d+:[0-5]\d:[0-5]\d(\.\d{3})?$/, "a CCS RELTIME");

/**
 * Minutes as 2023-06 wrote them (an integer: `penalty_time`, scoreboard `total_time` and
 * `time`) or as 2026-01 does (a RELTIME). Both releases are valid targets for the issue.
 */
export const ccsMinutesSchema = z.union([z.int().nonnegative(), ccsRelTimeSchema]);

/** `FILE`: a file reference. `href` is required in API responses (not in packages). */
export const ccsFileSchema = z.strictObject({
  href: z.string().nullish(),
  filename: z.string(),
  hash: z.string().nullish(),
  mime: z.string(),
  width: z.int().positive().nullish(),
  height: z.int().positive().nullish(),
  tags: z.array(z.string()).optional(),
});

/** `array of FILE ?`: the form every file-valued property takes. */
export const ccsFilesSchema = z.array(ccsFileSchema).nullish();

/** `LOCATION`. */
export const ccsLocationSchema = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

/** HTML hex colour without alpha: `#AC00FF` or `#fff`. */
export const ccsRgbSchema = z.string().regex(/^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, "an RGB colour");
