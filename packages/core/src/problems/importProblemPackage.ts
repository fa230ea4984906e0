import path from "node:path";
import type { PrismaClient } from "@arbiter/db/client";
import { ProblemPackageError } from "./package/ProblemPackageError";
import { readProblemPackage } from "./package/readProblemPackage";
import { saveProblemPackage } from "./saveProblemPackage";
import { isProblemSlug } from "./slug";

export interface ImportProblemOptions {
  /** Defaults to the package's name: the directory's, or the zip's without `.zip`/`.kpp`. */
  slug?: string;
}

export interface ImportProblemResult {
  slug: string;
  title: string;
  /** Number of test cases, samples included. */
  tests: number;
  /** Number of test groups, "sample" included. */
  groups: number;
  /** False when an existing problem with this slug was replaced. */
  created: boolean;
  /** What the package says that Arbiter ignores or approximates. */
  warnings: string[];
}

/**
 * Imports (or re-imports) a Kattis/ICPC-style problem package from a directory or
 * a zip. The whole package is read and validated before anything is written; then
 * it is saved in one transaction (see `saveProblemPackage`). Throws
 * `ProblemPackageError` for a bad package or slug.
 */
export async function importProblemPackage(
  db: PrismaClient,
  packagePath: string,
  options: ImportProblemOptions = {},
): Promise<ImportProblemResult> {
  const slug = resolveSlug(packagePath, options.slug);
  const pkg = await readProblemPackage(packagePath);
  const { created } = await saveProblemPackage(db, pkg, slug);
  return {
    slug,
    title: pkg.title,
    tests: pkg.tests.length,
    groups: pkg.groups.length,
    created,
    warnings: pkg.warnings,
  };
}

/** The slug to import under, checked before anything is read. */
export function resolveSlug(packagePath: string, slug?: string): string {
  const chosen = slug ?? path.basename(path.resolve(packagePath)).replace(/\.(zip|kpp)$/i, "");
  if (!isProblemSlug(chosen)) {
    throw new ProblemPackageError(
      `"${chosen.slice(0, 80)}" is not a valid problem slug: use 1-63 lowercase letters, digits, "-" or "_", ` +
        `starting with a letter or digit (or give a slug explicitly)`,
    );
  }
  return chosen;
}
