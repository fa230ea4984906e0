/**
 * Unsent code, kept in localStorage per problem and language so a reload, a crash or
 * a language switch never loses work. Every access tolerates storage being full,
 * disabled (private windows, policies) or holding garbage.
 */
const PREFIX = "arbiter:draft:v1";
const LAST_LANGUAGE_KEY = "arbiter:last-language";

function draftKey(problem: string, language: string): string {
  return `${PREFIX}:${problem}:${language}`;
}

export function readDraft(problem: string, language: string): string | null {
  try {
    return window.localStorage.getItem(draftKey(problem, language));
  } catch {
    return null;
  }
}

/** Saves a draft; `null` (e.g. the code is the untouched starter) removes it. */
export function writeDraft(problem: string, language: string, source: string | null): void {
  try {
    if (source === null) window.localStorage.removeItem(draftKey(problem, language));
    else window.localStorage.setItem(draftKey(problem, language), source);
  } catch {
    // Quota or disabled storage: the editor still works, only without a saved draft.
  }
}

export function readLastLanguage(): string | null {
  try {
    return window.localStorage.getItem(LAST_LANGUAGE_KEY);
  } catch {
    return null;
  }
}

export function writeLastLanguage(language: string): void {
  try {
    window.localStorage.setItem(LAST_LANGUAGE_KEY, language);
  } catch {
    // See writeDraft.
  }
}
