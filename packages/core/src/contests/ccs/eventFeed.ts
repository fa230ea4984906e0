import { z } from "zod";
import { ccsContestSchema, ccsStateSchema } from "./contestSchemas";
import {
  ccsGroupSchema,
  ccsJudgementTypeSchema,
  ccsLanguageSchema,
  ccsOrganizationSchema,
  ccsProblemSchema,
  ccsTeamSchema,
} from "./entitySchemas";
import { ccsClarificationSchema, ccsJudgementSchema, ccsRunSchema, ccsSubmissionSchema } from "./judgingSchemas";
import { ccsIdSchema } from "./primitives";
import { ccsAwardSchema } from "./scoreboardSchemas";

/**
 * The object schema of each notification type we serve. The spec knows more types
 * (persons, accounts, clarification-categories, commentary); their data is accepted
 * unchecked here, since Arbiter does not serve them.
 */
export const CCS_EVENT_DATA_SCHEMAS = {
  contest: ccsContestSchema,
  "judgement-types": ccsJudgementTypeSchema,
  languages: ccsLanguageSchema,
  problems: ccsProblemSchema,
  groups: ccsGroupSchema,
  organizations: ccsOrganizationSchema,
  teams: ccsTeamSchema,
  state: ccsStateSchema,
  submissions: ccsSubmissionSchema,
  judgements: ccsJudgementSchema,
  runs: ccsRunSchema,
  clarifications: ccsClarificationSchema,
  awards: ccsAwardSchema,
  persons: z.unknown(),
  accounts: z.unknown(),
  "clarification-categories": z.unknown(),
  commentary: z.unknown(),
} as const;

/** A notification `type` of the event feed. */
export type CcsEventType = keyof typeof CCS_EVENT_DATA_SCHEMAS;
const eventTypes = Object.keys(CCS_EVENT_DATA_SCHEMAS) as [CcsEventType, ...CcsEventType[]];

/**
 * One line of the NDJSON event feed (2022-07 onward, so 2023-06): `{"type","id","data",
 * "token"?}`. `id` null (or absent) means the whole collection, or the singletons
 * `contest` and `state`; `data` null is a deletion; for `contest` the id must be null.
 */
export const ccsEventSchema = z
  .strictObject({
    type: z.enum(eventTypes),
    id: ccsIdSchema.nullish(),
    data: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]).nullable(),
    token: z.string().optional(),
  })
  .superRefine((event, ctx) => {
    if (event.type === "contest" && event.id) {
      ctx.addIssue({ code: "custom", message: "a contest event has a null id", path: ["id"] });
    }
    const schema = CCS_EVENT_DATA_SCHEMAS[event.type];
    const items = Array.isArray(event.data) ? event.data : event.data === null ? [] : [event.data];
    items.forEach((item, i) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const path = Array.isArray(event.data) ? ["data", i, ...issue.path] : ["data", ...issue.path];
          ctx.addIssue({ code: "custom", message: issue.message, path });
        }
      }
    });
    if (!Array.isArray(event.data) && event.data !== null && event.id && event.data.id !== event.id) {
      ctx.addIssue({ code: "custom", message: "data.id must equal the event id", path: ["data", "id"] });
    }
  });

/** One event-feed notification, as written. */
export type CcsEvent = z.input<typeof ccsEventSchema>;

/**
 * One event as a feed line: compact JSON and a newline. The keep-alive (a bare newline at
 * least every 120 s) is the transport's job, not this function's.
 */
export function formatEventLine(event: CcsEvent): string {
  const line: Record<string, unknown> = { type: event.type, id: event.id ?? null, data: event.data };
  if (event.token !== undefined) line.token = event.token;
  return `${JSON.stringify(line)}\n`;
}
