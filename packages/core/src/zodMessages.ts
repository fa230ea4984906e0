import type { z } from "zod";

/**
 * A one-line, user-facing description of the first problem in a failed parse.
 * Parse with `{ reportInput: true }` so a missing field can be told from a wrong one.
 */
export function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The request is malformed.";
  const field = issue.path.join(".");
  if (!field && issue.code === "invalid_type") return "The request body must be a JSON object.";
  if (issue.code === "invalid_type" && issue.input === undefined) return `Missing field "${field}".`;
  return field ? `${field}: ${issue.message}` : issue.message;
}
