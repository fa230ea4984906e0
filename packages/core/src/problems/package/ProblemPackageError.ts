/**
 * A problem package that cannot be imported. The message is for the person who
 * wrote the package: it names the offending file relative to the package root and
 * never contains a host path.
 */
export class ProblemPackageError extends Error {
  override readonly name = "ProblemPackageError";
}

export function isProblemPackageError(error: unknown): error is ProblemPackageError {
  return error instanceof ProblemPackageError;
}

/**
 * A package-relative path as shown in messages. File names come from the package,
 * so control characters (a newline could forge extra output lines) are replaced.
 */
export function shown(relPath: string): string {
  // eslint-disable-next-line no-control-regex
  return relPath.replace(/[\u0000-\u001f\u007f]/g, "?");
}
