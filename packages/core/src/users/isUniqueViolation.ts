/**
 * True for Prisma's "unique constraint failed" error (P2002). Matched by code rather
 * than `instanceof` so this module does not have to load the generated client.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
