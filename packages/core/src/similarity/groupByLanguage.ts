import type { SimilarityLanguageSummary } from "@arbiter/shared";
import { engineParser } from "./engineParser";

export interface LanguageGroup<T> {
  language: string;
  parser: string;
  submissions: T[];
}

/**
 * Submissions grouped by language (programs in different languages are never compared),
 * in the order languages first appear, with a summary per language for the report.
 */
export function groupByLanguage<T extends { language: string }>(
  submissions: readonly T[],
): { groups: LanguageGroup<T>[]; summary: SimilarityLanguageSummary[] } {
  const groups = new Map<string, LanguageGroup<T>>();
  for (const s of submissions) {
    let group = groups.get(s.language);
    if (!group) {
      group = { language: s.language, parser: engineParser(s.language), submissions: [] };
      groups.set(s.language, group);
    }
    group.submissions.push(s);
  }
  const list = [...groups.values()];
  return {
    groups: list,
    summary: list.map((g) => ({
      language: g.language,
      submissions: g.submissions.length,
      comparedAs: g.parser === "text" ? "text" : "syntax",
    })),
  };
}

/** Languages compared as plain text, for the message that names them. */
export function textLanguages(summary: readonly SimilarityLanguageSummary[]): string[] {
  return summary.filter((s) => s.comparedAs === "text").map((s) => s.language);
}
