import { knownExtensions, languageOfFile, type LanguageId } from "@arbiter/shared";

/** The language a source file's extension suggests, if any (the language table decides). */
export function languageFromFileName(fileName: string): LanguageId | undefined {
  return languageOfFile(fileName);
}

/** What the upload control offers in the file picker: every language's extensions, headers, and text. */
export const SOURCE_FILE_ACCEPT = [...knownExtensions(), ".h", ".hpp", ".txt", "text/*"].join(",");
