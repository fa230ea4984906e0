import type { LanguageId } from "@arbiter/shared";

/** Source file extensions of single-file programs, as in the Kattis languages table. */
const EXTENSIONS: Record<string, LanguageId> = {
  // The first extension of each language is the one exports use.
  ".c": "c",
  ".cpp": "cpp",
  ".cc": "cpp",
  ".cxx": "cpp",
  ".c++": "cpp",
  ".py": "python3",
  ".py3": "python3",
  ".java": "java",
  ".js": "javascript",
  ".go": "go",
  ".rs": "rust",
};

/** Extensions listed in messages. */
export const KNOWN_EXTENSIONS = ".c .cpp .cc .py .java .js .go .rs";

/** The language of a program file, from its extension; undefined when unknown. */
export function programLanguage(fileName: string): LanguageId | undefined {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? undefined : EXTENSIONS[fileName.slice(dot).toLowerCase()];
}

/** The extension Arbiter writes for a language on export. */
export function extensionFor(language: LanguageId): string {
  const found = Object.entries(EXTENSIONS).find(([, id]) => id === language);
  return found?.[0] ?? ".txt";
}
