import { ProblemPackageError, shown } from "./ProblemPackageError";

/**
 * Decodes a package's text file (problem.yaml, a statement, a program's source) as
 * strict UTF-8; a leading BOM is dropped. Invalid UTF-8 or NUL characters (which
 * PostgreSQL text cannot store, and which mark binary files) are rejected.
 */
export function decodeText(bytes: Uint8Array, rel: string): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ProblemPackageError(`${shown(rel)} is not valid UTF-8 text`);
  }
  if (text.includes("\u0000"))
    throw new ProblemPackageError(`${shown(rel)} contains NUL characters (is it a binary file?)`);
  return text;
}
