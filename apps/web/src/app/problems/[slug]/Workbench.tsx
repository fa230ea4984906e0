"use client";

import { MAX_SOURCE_BYTES, isLanguageId, type LanguageId, type LanguageView } from "@arbiter/shared";
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/Alert";
import { CodeEditor, type CodeEditorHandle } from "@/components/editor/CodeEditor";
import { readDraft, readLastLanguage, writeDraft, writeLastLanguage } from "@/components/editor/drafts";
import { STARTER_TEMPLATES } from "@/components/editor/templates";
import { formatBytes } from "@/lib/format";
import { submitSolution, type SubmitState } from "./actions";
import { CustomRunPanel, type Sample } from "./CustomRunPanel";
import { SOURCE_FILE_ACCEPT, languageFromFileName } from "./languageFromFileName";

const initialState: SubmitState = { error: null };

/** A submission's code to open the editor with, instead of the draft ("Edit and resubmit"). */
export interface RestoredCode {
  submissionId: string;
  language: LanguageId;
  source: string;
}

interface WorkbenchProps {
  problem: string;
  /** "{course}/{assignment}" when the problem is opened from an assignment: submissions go there. */
  assignment?: string | undefined;
  restore: RestoredCode | null;
  languages: LanguageView[];
  samples: Sample[];
  /** "My attempts" and similar links, shown in the submit card's header. */
  headerLink: ReactNode;
  /** The contest the problem was opened in (`?contest=`): submissions go to it. */
  contest?: string | undefined;
}

/** Code that is empty or the untouched starter: nothing worth keeping as a draft. */
function isPristine(source: string, language: LanguageId): boolean {
  return source.trim() === "" || source === STARTER_TEMPLATES[language];
}

/**
 * The problem page's working area: language, CodeMirror editor (a draft per problem and
 * language in localStorage), file upload, Submit (a server action), and a custom run
 * panel that runs the same code on the student's own input.
 */
export function Workbench({ problem, assignment, contest, restore, languages, samples, headerLink }: WorkbenchProps) {
  const [state, action, pending] = useActionState(submitSolution, initialState);
  const first = languages[0]?.id ?? "python3";
  const [language, setLanguage] = useState<LanguageId>(first);
  const [source, setSource] = useState(STARTER_TEMPLATES[first]);
  const [fileError, setFileError] = useState<string | null>(null);
  /** After a switch away from edited code: offer to bring it along instead of the new starter. */
  const [carry, setCarry] = useState<{ from: LanguageId; source: string } | null>(null);
  const [hydrated, setHydrated] = useState(false);
  /**
   * The submission whose code was opened with "Edit and resubmit" and the draft it
   * replaced (offered back), until the code is edited.
   */
  const [restored, setRestored] = useState<{ submissionId: string; replacedDraft: string | null } | null>(null);
  /** The last submit's refusal stays up until the code is edited. */
  const [showRefusal, setShowRefusal] = useState(true);
  const formRef = useRef<HTMLFormElement>(null);
  const editorRef = useRef<CodeEditorHandle>(null);

  // Restore the last language and its draft (browser only), then mark the form interactive.
  // A submission opened with "Edit and resubmit" becomes that language's draft instead, and
  // `?from=` leaves the address so that reloading keeps later edits.
  useEffect(() => {
    if (restore) {
      // Sources posted from the form arrive with CRLF; the editor keeps LF, and a
      // difference would look like an edit and dismiss the notice.
      const code = restore.source.replace(/\r\n?/g, "\n");
      setLanguage(restore.language);
      setSource(code);
      writeLastLanguage(restore.language);
      const draft = readDraft(problem, restore.language);
      setRestored({ submissionId: restore.submissionId, replacedDraft: draft === code ? null : draft });
      writeDraft(problem, restore.language, code);
      window.history.replaceState(window.history.state, "", window.location.pathname);
    } else {
      const saved = readLastLanguage();
      const initial = saved && isLanguageId(saved) && languages.some((l) => l.id === saved) ? saved : first;
      setLanguage(initial);
      setSource(readDraft(problem, initial) ?? STARTER_TEMPLATES[initial]);
    }
    setHydrated(true);
  }, [problem, restore, languages, first]);

  function switchLanguage(next: LanguageId, replacement?: string) {
    if (next === language && replacement === undefined) return;
    const nextDraft = readDraft(problem, next);
    setCarry(
      replacement === undefined && !isPristine(source, language) && nextDraft === null
        ? { from: language, source }
        : null,
    );
    setLanguage(next);
    writeLastLanguage(next);
    const nextSource = replacement ?? nextDraft ?? STARTER_TEMPLATES[next];
    setSource(nextSource);
    if (replacement !== undefined) writeDraft(problem, next, replacement);
  }

  function editSource(next: string) {
    if (next === source) return; // the editor echoing a replacement made from outside
    setSource(next);
    setCarry(null);
    setFileError(null);
    setShowRefusal(false);
    setRestored(null);
    writeDraft(problem, language, isPristine(next, language) ? null : next);
  }

  function bringCodeAlong() {
    if (!carry) return;
    setSource(carry.source);
    writeDraft(problem, language, carry.source);
    setCarry(null);
    editorRef.current?.focus();
  }

  function bringDraftBack() {
    if (restored?.replacedDraft == null) return;
    setSource(restored.replacedDraft);
    writeDraft(problem, language, restored.replacedDraft);
    setRestored(null);
    editorRef.current?.focus();
  }

  function resetToStarter() {
    if (
      !isPristine(source, language) &&
      !window.confirm("Replace your code with the starter code? Your draft will be lost.")
    ) {
      return;
    }
    setSource(STARTER_TEMPLATES[language]);
    writeDraft(problem, language, null);
    setCarry(null);
    editorRef.current?.focus();
  }

  async function loadFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_SOURCE_BYTES) {
      setFileError(`${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_SOURCE_BYTES)}.`);
      return;
    }
    const text = await file.text();
    if (text.includes("\u0000")) {
      setFileError(`${file.name} is not a text file. Upload the source code itself.`);
      return;
    }
    const guessed = languageFromFileName(file.name);
    switchLanguage(guessed && languages.some((l) => l.id === guessed) ? guessed : language, text);
  }

  if (languages.length === 0) {
    return (
      <section className="card p-5" aria-labelledby="submit-heading">
        <h2 id="submit-heading" className="mb-3 text-lg font-semibold tracking-tight">
          Submit a solution
        </h2>
        <Alert tone="warning" testId="no-languages">
          No language runtimes are installed yet, so submissions are closed. They open as soon as a judge worker starts.
        </Alert>
      </section>
    );
  }

  const bytes = new TextEncoder().encode(source).length;
  const tooLarge = bytes > MAX_SOURCE_BYTES;
  const sizeError = tooLarge
    ? `Your code is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_SOURCE_BYTES)}. Remove unused code or large tables.`
    : null;
  const error = fileError ?? sizeError ?? (showRefusal ? state.error : null);
  const tone = !fileError && !sizeError && (state.kind === "saved" || state.kind === "limited") ? "warning" : "error";
  const languageName = (id: LanguageId) => languages.find((l) => l.id === id)?.name ?? id;

  return (
    <div className="space-y-6">
      <section className="card p-4 sm:p-5" aria-labelledby="submit-heading">
        <div className="mb-4 flex items-baseline justify-between gap-3">
          <h2 id="submit-heading" className="text-lg font-semibold tracking-tight">
            Your solution
          </h2>
          {headerLink}
        </div>
        <form
          ref={formRef}
          action={action}
          onSubmit={() => setShowRefusal(true)}
          className="space-y-4"
          data-testid="submit-form"
          data-hydrated={hydrated || undefined}
        >
          <input type="hidden" name="problem" value={problem} />
          {contest && <input type="hidden" name="contest" value={contest} />}
          {assignment && <input type="hidden" name="assignment" value={assignment} />}
          <div className="flex items-end gap-2">
            <div className="min-w-0 flex-1">
              <label htmlFor="language" className="label">
                Language
              </label>
              <select
                id="language"
                name="language"
                value={language}
                onChange={(e) => isLanguageId(e.target.value) && switchLanguage(e.target.value)}
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
            <label className="btn-secondary shrink-0 cursor-pointer px-3 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-500">
              <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true">
                <path
                  d="M10 13V3m0 0L6 7m4-4 4 4M4 13v2.5A1.5 1.5 0 0 0 5.5 17h9a1.5 1.5 0 0 0 1.5-1.5V13"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.6"
                  strokeLinecap="round"
                  strokeLinejoin="round"
                />
              </svg>
              <span className="sr-only sm:not-sr-only">Upload</span>
              <span className="sr-only"> a source file</span>
              <input
                type="file"
                className="sr-only"
                accept={SOURCE_FILE_ACCEPT}
                onChange={(e) => {
                  void loadFile(e.target.files?.[0]);
                  e.target.value = "";
                }}
                data-testid="source-file"
              />
            </label>
          </div>

          <div>
            <div className="mb-1.5 flex items-end justify-between gap-2">
              <label
                id="source-label"
                htmlFor="source"
                className="label mb-0"
                onClick={() => editorRef.current?.focus()}
              >
                Source code
              </label>
              <button
                type="button"
                onClick={resetToStarter}
                className="rounded-md px-2 py-0.5 text-xs font-medium text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
                data-testid="reset-source"
              >
                Reset to starter code
              </button>
            </div>
            <CodeEditor
              ref={editorRef}
              id="source"
              name="source"
              value={source}
              onChange={editSource}
              language={language}
              onSubmit={() => formRef.current?.requestSubmit()}
              labelledBy="source-label"
              describedBy="source-help"
            />
            <p
              id="source-help"
              className="mt-1.5 flex flex-wrap justify-between gap-x-3 gap-y-1 text-xs text-zinc-500 dark:text-zinc-400"
            >
              <span>
                <kbd className="font-sans">Ctrl/⌘+Enter</kbd> submits · <kbd className="font-sans">Esc</kbd> then{" "}
                <kbd className="font-sans">Tab</kbd> leaves the editor · drafts are saved in this browser
              </span>
              <span
                className={`tabular-nums ${tooLarge ? "font-semibold text-red-600 dark:text-red-400" : ""}`}
                data-testid="source-size"
              >
                {formatBytes(bytes)} / {formatBytes(MAX_SOURCE_BYTES)}
              </span>
            </p>
          </div>

          {restored && (
            <Alert tone="info" testId="restored-notice">
              <span>
                This is the code of submission <span className="font-mono text-xs">{restored.submissionId}</span>: edit
                it and submit again.{" "}
              </span>
              {restored.replacedDraft !== null && (
                <button type="button" onClick={bringDraftBack} className="font-medium underline underline-offset-2">
                  Go back to my draft
                </button>
              )}
            </Alert>
          )}

          {carry && (
            <Alert tone="info" testId="carry-offer">
              <span>
                Switched to the {languageName(language)} starter. Your {languageName(carry.from)} code is kept for when
                you switch back.{" "}
              </span>
              <button type="button" onClick={bringCodeAlong} className="font-medium underline underline-offset-2">
                Use that code here instead
              </button>
            </Alert>
          )}

          {error && (
            <Alert tone={tone} testId="submit-error">
              {error}
            </Alert>
          )}

          <button
            type="submit"
            className="btn-primary w-full"
            disabled={pending || tooLarge}
            data-testid="submit-button"
          >
            {pending ? "Submitting…" : "Submit"}
          </button>
        </form>
      </section>

      <CustomRunPanel problem={problem} language={language} source={source} samples={samples} assignment={assignment} />
    </div>
  );
}
