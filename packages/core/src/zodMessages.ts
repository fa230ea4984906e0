import type { z } from "zod";
import { AppError, type AppErrorReason } from "./errors";

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

/**
 * The first issue as a `bad_request` AppError: the schema's own reason where a refinement
 * names one (`params: { reason }`), else "invalid_field", with the field's dotted path.
 */
export function appErrorFromZod(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const params = issue && "params" in issue ? (issue.params as { reason?: AppErrorReason } | undefined) : undefined;
  const field = issue?.path.join(".") ?? "";
  return new AppError("bad_request", firstIssueMessage(error), {
    reason: params?.reason ?? "invalid_field",
    ...(field ? { field } : {}),
  });
}

/** Parses a request body with `schema`, throwing the first issue as an AppError. */
export function parseRequest<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body, { reportInput: true });
  if (!parsed.success) throw appErrorFromZod(parsed.error);
  return parsed.data;
}
