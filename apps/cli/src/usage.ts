/** Wrong command line: reported with the usage text and exit status 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    /** The usage line of the command that was misused, if known. */
    readonly usage?: string,
  ) {
    super(message);
  }
}
