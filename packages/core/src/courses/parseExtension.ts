import { z } from "zod";
import type { CreditTimeline } from "./creditTimeline";
import { formatDeadline } from "./formatDeadline";
import type { ParseResult } from "./parseCreditTimeline";

const extensionSchema = z.object(
  {
    dueAt: z
      .string({ error: (issue) => (issue.input === undefined ? "dueAt is required." : "dueAt must be a string.") })
      .pipe(
        z.iso.datetime({
          offset: true,
          error: "dueAt must be an ISO 8601 date and time with a time zone, like 2026-09-01T09:00:00Z.",
        }),
      ),
  },
  { error: 'The extension must be an object like {"dueAt": "2026-09-20T12:00:00Z"}.' },
);

/**
 * An extension from the REST API (`PUT …/extensions/{email}` `{"dueAt"}`), checked against
 * the assignment: the new due date must lie after the assignment's own, since an
 * extension that ends earlier would never apply (`effectiveTimeline` takes the most
 * generous date) and staff would wonder why nothing changed.
 */
export function parseExtension(input: unknown, timeline: CreditTimeline): ParseResult<Date> {
  const parsed = extensionSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, issues: [{ field: issue?.path.length ? "dueAt" : "", message: issue?.message ?? "" }] };
  }
  const dueAt = new Date(parsed.data.dueAt);
  if (dueAt <= timeline.dueAt) {
    const message = `dueAt must be after the assignment's due date (${formatDeadline(timeline.dueAt)}).`;
    return { ok: false, issues: [{ field: "dueAt", message }] };
  }
  return { ok: true, value: dueAt };
}
