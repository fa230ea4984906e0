/**
 * The engine's parser for each of Arbiter's language ids (Dolos names its tree-sitter
 * grammars). A language missing here is compared as plain text, and the report says so:
 * a language added to the language table works at once, only less precisely.
 */
const PARSERS: Readonly<Record<string, string>> = {
  python3: "python",
  c: "c",
  cpp: "cpp",
  java: "java",
  javascript: "javascript",
  go: "go",
  rust: "rust",
};

/** The parser name the engine knows for `language`, or "text" when it has none. */
export function engineParser(language: string): string {
  return PARSERS[language] ?? "text";
}
