/** Errors that retrying cannot fix, by name (the classes live in several packages). */
const UNRECOVERABLE = new Set([
  // The submission or custom run is gone, or names an unknown language.
  "UnjudgeableSubmissionError",
  // The problem's checker or interactor cannot be built: staff must fix the problem.
  "CheckerError",
  "InteractorError",
  // A malformed job payload.
  "ZodError",
]);

export type FailureKind = "unrecoverable" | "transient";

/**
 * Decides whether a failed judging is retried (with backoff) or ends at once as IE.
 * Everything not known to be hopeless is transient: database errors (connection refused,
 * pool timeouts, a restarting PostgreSQL), Docker and sandbox errors, Redis hiccups.
 * Retrying an unrecoverable error only costs time; giving up on a transient one costs a
 * student a wrong IE, so the default is to retry.
 */
export function classifyFailure(error: unknown): FailureKind {
  return error instanceof Error && UNRECOVERABLE.has(error.name) ? "unrecoverable" : "transient";
}

/** The sandbox itself failed (counted separately from the user's verdicts). */
export function isSandboxFailure(error: unknown): boolean {
  return error instanceof Error && error.name === "SandboxError";
}

/** The problem's checker or interactor failed. */
export function isCheckerFailure(error: unknown): boolean {
  return error instanceof Error && (error.name === "CheckerError" || error.name === "InteractorError");
}
