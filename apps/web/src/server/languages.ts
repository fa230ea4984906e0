import "server-only";
import { listLanguages } from "@arbiter/core";
import type { LanguageView } from "@arbiter/shared";
import { getDb } from "./context";

/**
 * Installed languages change only when a judge worker registers its images at start-up,
 * yet every problem page lists them: one query per page would be a fifth of its cost.
 * A few seconds of staleness after a worker upgrade is harmless, since submissions are
 * still checked against the database when they are made.
 */
const TTL_MS = 10_000;
let cached: { at: number; value: Promise<LanguageView[]> } | undefined;

export function getInstalledLanguages(): Promise<LanguageView[]> {
  const now = Date.now();
  if (cached && now - cached.at < TTL_MS) return cached.value;
  const value = listLanguages(getDb());
  cached = { at: now, value };
  // Neither a failed lookup nor an empty list (no worker has started yet) is remembered:
  // the next page asks again.
  value.then(
    (languages) => {
      if (languages.length === 0 && cached?.value === value) cached = undefined;
    },
    () => {
      if (cached?.value === value) cached = undefined;
    },
  );
  return value;
}
