import type { PackageSubmission } from "../package/readSubmissions";
import { SUBMISSION_CATEGORIES } from "../package/readSubmissions";

/** Most shipped submissions one upload queues: a package must not flood the judge. */
export const MAX_VERIFICATION_RUNS = 50;

const CATEGORY_ORDER = Object.keys(SUBMISSION_CATEGORIES);

/**
 * Which shipped submissions an upload judges, in Kattis's category order then by path:
 * those in a language the judge has installed, at most `MAX_VERIFICATION_RUNS`; a
 * warning names each one left out and why.
 */
export function planVerification(
  submissions: readonly PackageSubmission[],
  installedLanguages: ReadonlySet<string>,
): { runs: PackageSubmission[]; warnings: string[] } {
  const warnings: string[] = [];
  const runnable = [...submissions].sort(byCategoryThenPath).filter((s) => {
    if (installedLanguages.has(s.language)) return true;
    warnings.push(`${s.rel}: ${s.language} is not installed on this judge: not verified`);
    return false;
  });
  for (const skipped of runnable.slice(MAX_VERIFICATION_RUNS)) {
    warnings.push(`${skipped.rel}: more than ${MAX_VERIFICATION_RUNS} submissions: not verified`);
  }
  return { runs: runnable.slice(0, MAX_VERIFICATION_RUNS), warnings };
}

function byCategoryThenPath(a: PackageSubmission, b: PackageSubmission): number {
  return byVerificationOrder(a.rel, b.rel);
}

/** Compares two paths in a package ("submissions/<category>/…") by Kattis category, then path. */
export function byVerificationOrder(a: string, b: string): number {
  const category = (rel: string) => CATEGORY_ORDER.indexOf(rel.split("/")[1] ?? "");
  return category(a) - category(b) || (a < b ? -1 : a > b ? 1 : 0);
}
