import "server-only";
import { isAppError } from "@arbiter/core";
import { ZodError } from "zod";

import type { FormResult } from "@/lib/formResult";

export type { FormResult };

/**
 * A refusal from a core operation as the form shows it. AppErrors carry messages written
 * for people (and the field at fault); anything else is our fault and gets a generic
 * sentence, with the details in the server log only.
 */
export function failure(error: unknown, what: string): FormResult {
  if (isAppError(error)) return { error: error.message, field: error.field, done: null };
  if (error instanceof ZodError) return { error: error.issues.map((i) => i.message).join("; "), done: null };
  console.error(`[web] ${what} failed:`, error);
  return { error: `Something went wrong on our side; nothing was changed. Please try again.`, done: null };
}
