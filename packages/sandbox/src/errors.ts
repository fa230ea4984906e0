/** The sandbox itself failed (engine down, supervisor died, image missing): never the user's fault. */
export class SandboxError extends Error {
  override readonly name = "SandboxError";
}

/** Why the supervisor would not hand a file out: an answer about the file, not a broken box. */
export type FileRefusal = "missing" | "not-regular" | "too-large";

export class SandboxFileRefusedError extends Error {
  override readonly name = "SandboxFileRefusedError";
  constructor(
    readonly reason: FileRefusal,
    message: string,
  ) {
    super(message);
  }
}
