/** Problem slugs appear in URLs and API payloads: lowercase, URL-safe, at most 63 characters. */
export const PROBLEM_SLUG_PATTERN = /^[a-z0-9][a-z0-9-_]{0,62}$/;

export function isProblemSlug(value: string): boolean {
  return PROBLEM_SLUG_PATTERN.test(value);
}
