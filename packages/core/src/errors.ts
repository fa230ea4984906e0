/** What went wrong, in terms a user's HTTP client or CLI can act on. */
export type AppErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "unavailable";

/**
 * Why, more precisely: stable names that callers (the web's forms, the CLI, API
 * clients) branch on instead of matching message text. Extend freely; never rename.
 */
export type AppErrorReason =
  | "invalid_field"
  | "source_empty"
  | "source_too_large"
  | "source_has_nul"
  | "language_unknown"
  | "language_not_installed"
  | "problem_unknown"
  | "course_unknown"
  | "assignment_unknown"
  | "assignment_not_open"
  | "assignment_closed"
  | "problem_not_in_assignment"
  | "not_enrolled"
  | "already_exists"
  | "join_code_invalid"
  | "contest_unknown"
  | "contest_not_started"
  | "not_a_participant"
  | "registration_closed"
  | "contest_not_over"
  | "board_never_frozen"
  | "not_staff"
  | "similarity_unknown"
  | "similarity_running"
  | "too_few_submissions"
  | "too_many_submissions"
  | "package_invalid"
  | "package_too_large"
  | "invitation_invalid"
  | "invitation_used"
  | "invitation_expired"
  | "contest_rate_limit"
  | "submission_not_judged"
  | "override_not_supported";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
};

export interface AppErrorDetail {
  reason?: AppErrorReason;
  /** The request field (dotted path, e.g. "late.1.until") or CSV row the error is about. */
  field?: string;
  /** For `rate_limited`: when to try again, in whole seconds (sent as `Retry-After`). */
  retryAfterSeconds?: number;
}

/**
 * The one error type the web maps to responses. `message` is shown to users as is,
 * so it must never contain internals (paths, SQL, stack traces, hidden test data).
 */
export class AppError extends Error {
  override readonly name = "AppError";
  readonly reason: AppErrorReason | undefined;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    detail: AppErrorDetail = {},
  ) {
    super(message);
    this.reason = detail.reason;
    this.field = detail.field;
    this.retryAfterSeconds = detail.retryAfterSeconds;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
