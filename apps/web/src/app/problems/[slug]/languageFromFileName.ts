import type { LanguageId } from "@arbiter/shared";

/** File extensions that pick a language when a file is loaded. */
const LANGUAGE_BY_EXTENSION: Record<string, LanguageId> = {
  py: "python3",
  c: "c",
  cc: "cpp",
  cpp: "cpp",
  cxx: "cpp",
  java: "java",
  js: "javascript",
  mjs: "javascript",
  go: "go",
  rs: "rust",
};

/** The language a source file's extension suggests, if any. */
export function languageFromFileName(fileName: string): LanguageId | undefined {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? undefined : LANGUAGE_BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()];
}

/** What the upload control offers in the file picker. */
export const SOURCE_FILE_ACCEPT = ".py,.c,.cc,.cpp,.cxx,.h,.hpp,.java,.js,.mjs,.go,.rs,.txt,text/*";
