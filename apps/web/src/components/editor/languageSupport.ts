import type { Extension } from "@codemirror/state";
import { LANGUAGES, type LanguageId } from "@arbiter/shared";

/**
 * CodeMirror highlighting per editor mode (the language table's `editorMode`), loaded on
 * first use so a student who writes Python never downloads the Rust grammar. C has no
 * first-party package (lang-cpp is C++), so it uses the C mode of @codemirror/legacy-modes.
 * A language whose mode is not here is edited as plain text.
 */
const LOADERS: Record<string, () => Promise<Extension>> = {
  python: async () => (await import("@codemirror/lang-python")).python(),
  c: async () => {
    const [{ StreamLanguage }, { c }] = await Promise.all([
      import("@codemirror/language"),
      import("@codemirror/legacy-modes/mode/clike"),
    ]);
    return StreamLanguage.define(c);
  },
  cpp: async () => (await import("@codemirror/lang-cpp")).cpp(),
  java: async () => (await import("@codemirror/lang-java")).java(),
  javascript: async () => (await import("@codemirror/lang-javascript")).javascript(),
  go: async () => (await import("@codemirror/lang-go")).go(),
  rust: async () => (await import("@codemirror/lang-rust")).rust(),
};

const cache = new Map<LanguageId, Promise<Extension>>();

/** The highlighting extension for `language` (loaded once, then cached). */
export function loadLanguageSupport(language: LanguageId): Promise<Extension> {
  let pending = cache.get(language);
  if (!pending) {
    const load = LOADERS[LANGUAGES[language].editorMode] ?? (async () => []);
    pending = load().catch((error: unknown) => {
      cache.delete(language); // a failed chunk load (flaky network) may be retried later
      throw error;
    });
    cache.set(language, pending);
  }
  return pending;
}
