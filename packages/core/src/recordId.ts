import { z } from "zod";
import { AppError } from "./errors";

/**
 * What a row id of ours can look like (cuid and cuid2 ids, test fixtures' own ids):
 * anything else is refused before it reaches SQL, where a NUL byte is a driver error
 * (a 500), not an empty result.
 */
export const recordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** `value` when it can be a row id, else `AppError("bad_request")` naming `what` ("submission id", "cursor"). */
export function parseRecordId(value: string, what: string): string {
  if (!recordIdSchema.safeParse(value).success) throw new AppError("bad_request", `${what}: not a valid id.`);
  return value;
}

/**
 * Text from a query string or form that PostgreSQL can store and compare: no NUL and no
 * other control characters (PostgreSQL refuses NUL in text outright).
 */
export function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
