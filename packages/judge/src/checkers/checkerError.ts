/**
 * A problem's checker cannot be used at all: it does not compile, or its compiler could
 * not run. Retrying will not help; the judging is an internal error (IE) and staff must
 * fix the problem. `compileOutput` is the compiler's output, for staff only.
 */
export class CheckerError extends Error {
  override readonly name = "CheckerError";

  constructor(
    message: string,
    readonly compileOutput?: string,
  ) {
    super(message);
  }
}
