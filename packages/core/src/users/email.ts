/** The stored form of an email address: trimmed and lower-cased, so lookups ignore case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
