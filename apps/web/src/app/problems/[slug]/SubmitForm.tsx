"use client";

import { MAX_SOURCE_BYTES, type LanguageView } from "@arbiter/shared";
import { useActionState, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { formatBytes } from "@/lib/format";
import { submitSolution, type SubmitState } from "./actions";

const INDENT = "    ";
const LAST_LANGUAGE_KEY = "arbiter:last-language";

/** File extensions that pick a language when a file is loaded. */
const LANGUAGE_BY_EXTENSION: Record<string, string> = {
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

const initialState: SubmitState = { error: null };

export function SubmitForm({ problem, languages }: { problem: string; languages: LanguageView[] }) {
  const [state, action, pending] = useActionState(submitSolution, initialState);
  const [language, setLanguage] = useState(languages[0]?.id ?? "");
  const [source, setSource] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // After Escape, Tab leaves the editor again (keyboard users must not be trapped).
  const tabEscapes = useRef(false);

  // Marks the form interactive (browser tests wait for it) and restores the last language.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    const saved = window.localStorage.getItem(LAST_LANGUAGE_KEY);
    if (saved && languages.some((l) => l.id === saved)) setLanguage(saved);
    setHydrated(true);
  }, [languages]);

  const bytes = new TextEncoder().encode(source).length;
  const tooLarge = bytes > MAX_SOURCE_BYTES;

  function chooseLanguage(id: string) {
    setLanguage(id);
    window.localStorage.setItem(LAST_LANGUAGE_KEY, id);
  }

  function onEditorKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      formRef.current?.requestSubmit();
      return;
    }
    if (event.key === "Escape") {
      tabEscapes.current = true;
      return;
    }
    if (event.key !== "Tab" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    if (tabEscapes.current) {
      tabEscapes.current = false;
      return;
    }
    event.preventDefault();
    const el = event.currentTarget;
    const { selectionStart, selectionEnd } = el;
    const next = source.slice(0, selectionStart) + INDENT + source.slice(selectionEnd);
    setSource(next);
    requestAnimationFrame(() => el.setSelectionRange(selectionStart + INDENT.length, selectionStart + INDENT.length));
  }

  async function loadFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_SOURCE_BYTES) {
      setFileError(`${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_SOURCE_BYTES)}.`);
      return;
    }
    setSource(await file.text());
    const guessed = LANGUAGE_BY_EXTENSION[file.name.split(".").pop()?.toLowerCase() ?? ""];
    if (guessed && languages.some((l) => l.id === guessed)) chooseLanguage(guessed);
  }

  if (languages.length === 0) {
    return (
      <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-600/20 ring-inset dark:bg-amber-500/10 dark:text-amber-200">
        No language runtimes are installed yet, so submissions are closed. Start a judge worker to install them.
      </p>
    );
  }

  const error =
    fileError ??
    (tooLarge ? `The source is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_SOURCE_BYTES)}.` : state.error);
  const saved = !fileError && !tooLarge && state.kind === "saved";

  return (
    <form
      ref={formRef}
      action={action}
      className="space-y-4"
      data-testid="submit-form"
      data-hydrated={hydrated || undefined}
    >
      <input type="hidden" name="problem" value={problem} />
      <div>
        <label htmlFor="language" className="label">
          Language
        </label>
        <select
          id="language"
          name="language"
          value={language}
          onChange={(e) => chooseLanguage(e.target.value)}
          className="input"
          data-testid="language-select"
        >
          {languages.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name} — {l.version}
            </option>
          ))}
        </select>
      </div>

      <div>
        <div className="mb-1.5 flex items-end justify-between">
          <label htmlFor="source" className="label mb-0">
            Source code
          </label>
          <label className="cursor-pointer rounded-md px-2 py-1 text-xs font-medium text-indigo-600 hover:bg-indigo-50 focus-within:outline-2 focus-within:outline-indigo-500 dark:text-indigo-400 dark:hover:bg-indigo-500/10">
            Upload file…
            <input
              type="file"
              className="sr-only"
              accept=".py,.c,.cc,.cpp,.cxx,.h,.hpp,.java,.js,.mjs,.go,.rs,.txt,text/*"
              onChange={(e) => {
                void loadFile(e.target.files?.[0]);
                e.target.value = "";
              }}
              data-testid="source-file"
            />
          </label>
        </div>
        <textarea
          id="source"
          name="source"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          onKeyDown={onEditorKeyDown}
          rows={16}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          required
          placeholder="Paste or type your solution…"
          aria-describedby="source-help"
          className="input min-h-64 resize-y font-mono text-[13px] leading-relaxed [tab-size:4]"
          data-testid="source-editor"
        />
        <p id="source-help" className="mt-1.5 flex justify-between gap-2 text-xs text-zinc-500 dark:text-zinc-400">
          <span>Tab indents · Esc then Tab leaves · Ctrl/⌘+Enter submits</span>
          <span
            className={`whitespace-nowrap tabular-nums ${tooLarge ? "font-semibold text-red-600 dark:text-red-400" : ""}`}
          >
            {formatBytes(bytes)} / {formatBytes(MAX_SOURCE_BYTES)}
          </span>
        </p>
      </div>

      {error && (
        <p
          role="alert"
          data-testid="submit-error"
          className={`rounded-lg px-3 py-2 text-sm ring-1 ring-inset ${
            saved
              ? "bg-amber-50 text-amber-900 ring-amber-600/20 dark:bg-amber-500/10 dark:text-amber-200 dark:ring-amber-400/30"
              : "bg-red-50 text-red-700 ring-red-600/20 dark:bg-red-500/10 dark:text-red-300 dark:ring-red-400/30"
          }`}
        >
          {error}
        </p>
      )}

      <button type="submit" className="btn-primary w-full" disabled={pending || tooLarge} data-testid="submit-button">
        {pending ? "Submitting…" : "Submit"}
      </button>
    </form>
  );
}
