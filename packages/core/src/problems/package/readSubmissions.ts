import { MAX_SOURCE_BYTES, type LanguageId, type Verdict } from "@arbiter/shared";
import { childrenOf, type PackageSource } from "./PackageSource";
import { shown } from "./ProblemPackageError";
import { KNOWN_EXTENSIONS, programLanguage } from "./programLanguage";
import type { ProgramBudget } from "./ProgramBudget";

/** An example solution from submissions/<category>/, with the verdict it must get. */
export interface PackageSubmission {
  /** Path in the package, e.g. "submissions/accepted/binary.py". */
  rel: string;
  /** The directory it was in, e.g. "accepted". */
  category: SubmissionCategory;
  expected: Verdict;
  language: LanguageId;
  source: string;
}

/** The categories Kattis's verifyproblem checks that map to one Arbiter verdict. */
export const SUBMISSION_CATEGORIES = {
  accepted: "AC",
  wrong_answer: "WA",
  time_limit_exceeded: "TLE",
  run_time_error: "RE",
} as const satisfies Record<string, Verdict>;
export type SubmissionCategory = keyof typeof SUBMISSION_CATEGORIES;

/**
 * Reads the example submissions for `problem:verify`. They are never stored. What
 * cannot be judged (other categories, multi-file programs, unknown languages,
 * oversized or binary files) is skipped with a warning rather than failing the import.
 */
export async function readSubmissions(
  source: PackageSource,
  budget: ProgramBudget,
): Promise<{ submissions: PackageSubmission[]; warnings: string[] }> {
  const submissions: PackageSubmission[] = [];
  const warnings: string[] = [];
  for (const dir of childrenOf(source, "submissions")) {
    const category = dir.rel.slice("submissions/".length);
    if (dir.kind !== "dir" || !isCategory(category)) {
      warnings.push(`${shown(dir.rel)}: not one of ${Object.keys(SUBMISSION_CATEGORIES).join(", ")}: skipped`);
      continue;
    }
    for (const program of childrenOf(source, dir.rel)) {
      const skip = (why: string) => warnings.push(`${shown(program.rel)}: ${why}: skipped`);
      const language = programLanguage(program.rel);
      if (program.kind === "dir") skip("multi-file submissions are not supported");
      else if (!language) skip(`unknown language (use ${KNOWN_EXTENSIONS})`);
      else if (program.size > MAX_SOURCE_BYTES) skip(`larger than ${MAX_SOURCE_BYTES / 1024} KiB`);
      else {
        const text = decodeSource(await budget.read(program.rel, MAX_SOURCE_BYTES));
        if (text === undefined) skip("not UTF-8 text");
        else
          submissions.push({
            rel: program.rel,
            category,
            expected: SUBMISSION_CATEGORIES[category],
            language,
            source: text,
          });
      }
    }
  }
  return { submissions, warnings };
}

function isCategory(name: string): name is SubmissionCategory {
  return Object.hasOwn(SUBMISSION_CATEGORIES, name);
}

function decodeSource(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? undefined : text;
  } catch {
    return undefined;
  }
}
