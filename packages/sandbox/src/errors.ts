/** The sandbox itself failed (engine down, supervisor died, image missing): never the user's fault. */
export class SandboxError extends Error {
  override readonly name = "SandboxError";
}
