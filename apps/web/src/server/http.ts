import "server-only";
import { AppError, isAppError } from "@arbiter/core";
import { ZodError } from "zod";

/** Largest request body the API reads, in bytes (sources are capped far lower, at 64 KiB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The body of every error response: a stable code (and, where known, a finer reason and
 * the field concerned) for programs, a message for people.
 */
export interface ErrorBody {
  error: { code: string; message: string; reason?: string; field?: string };
}

export function errorJson(
  status: number,
  code: string,
  message: string,
  detail: { reason?: string | undefined; field?: string | undefined } = {},
): Response {
  const error: ErrorBody["error"] = { code, message };
  if (detail.reason) error.reason = detail.reason;
  if (detail.field) error.field = detail.field;
  return Response.json({ error } satisfies ErrorBody, { status, headers: { "cache-control": "no-store" } });
}

/** Thrown by `readJsonBody`; answered with 413 before anything is parsed. */
export class PayloadTooLargeError extends Error {
  override readonly name = "PayloadTooLargeError";
}

/**
 * Maps anything a handler threw to a JSON error response. Only `AppError` messages
 * (written for users) and zod issue messages reach the client; everything else is
 * logged here and answered with a generic 500, so no stack, path or SQL leaks out.
 */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    const response = errorJson(error.httpStatus, error.code, error.message, {
      reason: error.reason,
      field: error.field,
    });
    if (error.retryAfterSeconds !== undefined) response.headers.set("retry-after", String(error.retryAfterSeconds));
    return response;
  }
  if (error instanceof ZodError) {
    const message = error.issues
      .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
      .join("; ");
    return errorJson(400, "bad_request", message || "The request is malformed.");
  }
  if (error instanceof PayloadTooLargeError) {
    return errorJson(413, "payload_too_large", `Request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB.`);
  }
  console.error("[web] unexpected error while handling an API request:", error);
  return errorJson(500, "internal", "Something went wrong on our side.");
}

/** Runs a route handler body, turning any throw into the matching error response. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * Reads and parses a JSON body, refusing more than `MAX_BODY_BYTES` without buffering
 * it all (Content-Length may be absent or wrong, so the stream is counted as well).
 * Only `Content-Type: application/json` is read (else 415): a browser sends that
 * cross-site only after a CORS preflight, which we never answer, while a form or a
 * `text/plain` fetch from another site needs none.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    throw new AppError("unsupported_media_type", "Send the body as JSON (Content-Type: application/json).");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new PayloadTooLargeError();
  if (!request.body) throw notJson();

  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new PayloadTooLargeError();
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw notJson();
  }
}

function notJson(): AppError {
  return new AppError("bad_request", "Request body is not valid JSON.");
}

/** `application/json`, with or without parameters such as `charset=utf-8`. */
export function isJsonContentType(value: string | null): boolean {
  return (value ?? "").split(";")[0]?.trim().toLowerCase() === "application/json";
}
