import { z } from "zod";

/** What happens once the last late window has passed. */
export type AfterLate = "closed" | "practice";

/** One step of the late rule: submissions up to `until` (inclusive) earn `percent` of the points. */
export interface LateWindow {
  until: Date;
  /** Credit in percent, 0–100. */
  percent: number;
}

/**
 * An assignment's deadlines as a credit timeline (PrairieLearn's credit windows, Hydro's
 * `penaltyRules` as absolute times): full credit from `opensAt` to `dueAt`, then each late
 * window in turn, then `afterLate`. Always built by `creditTimelineSchema`, so the times go
 * strictly forward: opensAt < dueAt < late[0].until < late[1].until < …
 */
export interface CreditTimeline {
  opensAt: Date;
  dueAt: Date;
  late: LateWindow[];
  afterLate: AfterLate;
}

/** Enough for any real rule (a step per day for a fortnight); it bounds the work per submission. */
export const MAX_LATE_WINDOWS = 20;

// Messages are predicates ("must be …"); `parseCreditTimeline` puts the field's name in front.
const isoTime = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
  .pipe(
    z.iso.datetime({
      offset: true,
      error: "must be an ISO 8601 date and time with a time zone, like 2026-09-01T09:00:00Z",
    }),
  )
  .transform((s) => new Date(s));

const lateWindowSchema = z.object({
  until: isoTime,
  percent: z
    .number({ error: (issue) => (issue.input === undefined ? "is required" : "must be a number") })
    .min(0, { error: "must be between 0 and 100" })
    .max(100, { error: "must be between 0 and 100" }),
});

/**
 * The late rule as the REST API takes it (issue 9: `POST …/assignments`), parsed into a
 * `CreditTimeline`. Each issue has the field's `path` (`["late", 1, "until"]`) and a message
 * that is a predicate ("must be after late[0].until"); `parseCreditTimeline` joins the two
 * into sentences for a 400 ("late[1].until must be after late[0].until.").
 */
export const creditTimelineSchema = z
  .object({
    opensAt: isoTime,
    dueAt: isoTime,
    late: z
      .array(lateWindowSchema, { error: "must be a list of {until, percent}" })
      .max(MAX_LATE_WINDOWS, { error: `can have at most ${MAX_LATE_WINDOWS} windows` })
      .default([]),
    afterLate: z.enum(["closed", "practice"], { error: 'must be "closed" or "practice"' }).default("closed"),
  })
  .superRefine((t, ctx) => {
    // Zod runs this even when a time above failed to parse (it is then still a string):
    // compare only real dates, so one bad field gives one message, not a cascade.
    if (isDate(t.opensAt) && isDate(t.dueAt) && t.dueAt <= t.opensAt) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: "must be after opensAt" });
    }
    t.late.forEach((w, i) => {
      const before = i === 0 ? t.dueAt : t.late[i - 1]?.until;
      if (isDate(before) && isDate(w.until) && w.until <= before) {
        ctx.addIssue({
          code: "custom",
          path: ["late", i, "until"],
          message: `must be after ${i === 0 ? "dueAt" : `late[${i - 1}].until`}`,
        });
      }
    });
  })
  .transform((t): CreditTimeline => t);

/** The REST input, before parsing. */
export type CreditTimelineInput = z.input<typeof creditTimelineSchema>;

function isDate(value: unknown): value is Date {
  return value instanceof Date;
}
