import { LANGUAGES, type LanguageId } from "@arbiter/shared";

/**
 * The code whose matches never count for `language`: the editor's starter template
 * (everyone starts from it) and the instructor-provided code of the check.
 */
export function ignoredCode(language: string, instructorCode: string): string {
  const template = language in LANGUAGES ? LANGUAGES[language as LanguageId].starterTemplate : "";
  return [template, instructorCode].filter((part) => part.trim() !== "").join("\n");
}
