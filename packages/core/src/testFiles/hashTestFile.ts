import { createHash } from "node:crypto";

/** The content address of a test file: lower-case hex SHA-256. */
export function hashTestFile(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Whether a string can be a content address (guards file names built from it). */
export function isTestFileHash(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}
