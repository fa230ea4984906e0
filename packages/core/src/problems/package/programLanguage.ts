import { LANGUAGES, knownExtensions, languageOfFile, type LanguageId } from "@arbiter/shared";

/** Extensions listed in messages, from the language table. */
export const KNOWN_EXTENSIONS = knownExtensions().join(" ");

/** The language of a program file, from its extension; undefined when unknown. */
export function programLanguage(fileName: string): LanguageId | undefined {
  return languageOfFile(fileName);
}

/** The extension Arbiter writes for a language on export: the table's first. */
export function extensionFor(language: LanguageId): string {
  return LANGUAGES[language].extensions[0] ?? ".txt";
}
