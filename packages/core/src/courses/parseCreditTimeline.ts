import { creditTimelineSchema, type CreditTimeline } from "./creditTimeline";

/** One problem with the input, for a 400: `field` as people write it, `message` a whole sentence. */
export interface FieldIssue {
  /** `"dueAt"`, `"late[1].until"`; `""` when the input as a whole is wrong. */
  field: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/**
 * Validates a late rule from the REST API (`opensAt`, `dueAt`, `late`, `afterLate`) into a
 * `CreditTimeline`, or lists every problem, each naming its field or row:
 * "dueAt must be after opensAt.", "late[1].until must be after late[0].until.",
 * "late[0].percent must be between 0 and 100.".
 */
export function parseCreditTimeline(input: unknown): ParseResult<CreditTimeline> {
  const parsed = creditTimelineSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const field = fieldName(issue.path);
      if (field === "") return { field, message: "The late rule must be an object with opensAt and dueAt." };
      return { field, message: `${field} ${issue.message}.` };
    }),
  };
}

/** `["late", 1, "until"]` → `"late[1].until"`. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}
