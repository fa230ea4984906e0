import { z } from "zod";
import { parseTime } from "./time";
import {
  ccsFileSchema,
  ccsFilesSchema,
  ccsIdSchema,
  ccsLocationSchema,
  ccsMinutesSchema,
  ccsRelTimeSchema,
  ccsTimeSchema,
} from "./primitives";

/** `GET /` (API information). */
export const ccsApiInfoSchema = z.strictObject({
  version: z.string(),
  version_url: z.string(),
  provider: z
    .strictObject({ name: z.string(), version: z.string().nullish(), logo: z.array(ccsFileSchema).nullish() })
    .nullish(),
});

/** `contests/<id>/access`: what the current client may see and do. */
export const ccsAccessSchema = z.strictObject({
  capabilities: z.array(z.string()),
  endpoints: z.array(z.strictObject({ type: z.string(), properties: z.array(z.string()).min(1) })),
});

/** `contests/<id>`. `penalty_time` is minutes in 2023-06 and a RELTIME from 2026-01. */
export const ccsContestSchema = z.strictObject({
  id: ccsIdSchema,
  name: z.string(),
  formal_name: z.string().nullish(),
  start_time: ccsTimeSchema.nullish(),
  countdown_pause_time: ccsRelTimeSchema.nullish(),
  duration: ccsRelTimeSchema,
  scoreboard_freeze_duration: ccsRelTimeSchema.nullish(),
  scoreboard_thaw_time: ccsTimeSchema.nullish(),
  scoreboard_type: z.enum(["pass-fail", "score"]),
  main_scoreboard_group_id: ccsIdSchema.nullish(),
  penalty_time: ccsMinutesSchema.optional(),
  banner: ccsFilesSchema,
  logo: ccsFilesSchema,
  location: ccsLocationSchema.nullish(),
});

const removedIntervalSchema = z.strictObject({
  start: ccsTimeSchema,
  end: ccsTimeSchema.nullish(),
  contest_time: ccsRelTimeSchema,
});

/**
 * `contests/<id>/state`, with the spec's order checked: started < frozen < ended <
 * thawed < end_of_updates and ended < finalized < end_of_updates (equal instants
 * allowed), each only once the ones before it are set.
 */
export const ccsStateSchema = z
  .strictObject({
    started: ccsTimeSchema.nullish(),
    frozen: ccsTimeSchema.nullish(),
    ended: ccsTimeSchema.nullish(),
    thawed: ccsTimeSchema.nullish(),
    finalized: ccsTimeSchema.nullish(),
    end_of_updates: ccsTimeSchema.nullish(),
    removed_intervals: z.array(removedIntervalSchema).nullish(),
  })
  .superRefine((state, ctx) => {
    // [earlier, later, whether the later one needs the earlier one set]. A contest that
    // never froze never thaws, so frozen and thawed are optional predecessors.
    const order: [keyof typeof state, keyof typeof state, boolean][] = [
      ["started", "frozen", true],
      ["started", "ended", true],
      ["frozen", "ended", false],
      ["frozen", "thawed", true],
      ["ended", "thawed", true],
      ["ended", "finalized", true],
      ["thawed", "end_of_updates", false],
      ["finalized", "end_of_updates", true],
    ];
    for (const [first, then, required] of order) {
      const a = state[first];
      const b = state[then];
      if (typeof b !== "string") continue;
      if (typeof a !== "string") {
        if (required) ctx.addIssue({ code: "custom", message: `${then} is set but ${first} is not`, path: [then] });
      } else if (parseTime(a) > parseTime(b)) {
        ctx.addIssue({ code: "custom", message: `${first} must not be after ${then}`, path: [then] });
      }
    }
  });
