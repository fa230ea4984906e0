import { SLUG_PATTERN } from "@arbiter/shared";

/** Problem slugs appear in URLs and API payloads: the shared slug rule of every other slug. */
export const PROBLEM_SLUG_PATTERN = SLUG_PATTERN;

export function isProblemSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}
