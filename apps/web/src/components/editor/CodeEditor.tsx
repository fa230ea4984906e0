"use client";

import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, indentOnInput, indentUnit } from "@codemirror/language";
import { Compartment, EditorState } from "@codemirror/state";
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { LANGUAGES, type LanguageId } from "@arbiter/shared";
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import { editorTheme } from "./editorTheme";
import { loadLanguageSupport } from "./languageSupport";

export interface CodeEditorHandle {
  focus(): void;
}

interface CodeEditorProps {
  /** The content element's id, so `<label htmlFor>` and tests can find it. */
  id: string;
  /** Form field name: the code is posted in a hidden input of this name. */
  name: string;
  value: string;
  onChange: (value: string) => void;
  language: LanguageId;
  /** Ctrl/Cmd+Enter. */
  onSubmit: () => void;
  labelledBy: string;
  describedBy?: string;
  ref?: Ref<CodeEditorHandle>;
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

/**
 * A CodeMirror 6 editor: highlighting per language, bracket matching and closing,
 * undo history, Tab indents, Esc then Tab moves focus on (CodeMirror's tab-focus
 * escape, so keyboard users are never trapped), Ctrl/Cmd+Enter submits, and the
 * color scheme follows the system's. Before JavaScript runs it is a plain textarea.
 */
export function CodeEditor({
  id,
  name,
  value,
  onChange,
  language,
  onSubmit,
  labelledBy,
  describedBy,
  ref,
}: CodeEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const compartments = useRef({ language: new Compartment(), indent: new Compartment(), theme: new Compartment() });
  const callbacks = useRef({ onChange, onSubmit });
  const [mounted, setMounted] = useState(false);

  useEffect(() => {
    callbacks.current = { onChange, onSubmit };
  });

  useImperativeHandle(ref, () => ({ focus: () => viewRef.current?.focus() }), []);

  // Create the view once; later prop changes are dispatched into it below.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const media = window.matchMedia(DARK_QUERY);
    const { language: languageSlot, indent, theme } = compartments.current;
    const view = new EditorView({
      parent: host,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          EditorState.tabSize.of(4),
          indent.of(indentUnit.of(LANGUAGES[language].editorIndent ?? "    ")),
          languageSlot.of([]),
          theme.of(editorTheme(media.matches)),
          keymap.of([
            { key: "Mod-Enter", run: () => (callbacks.current.onSubmit(), true) },
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            indentWithTab,
          ]),
          EditorView.contentAttributes.of({
            id,
            "aria-labelledby": labelledBy,
            ...(describedBy ? { "aria-describedby": describedBy } : {}),
            "data-testid": "source-editor",
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    setMounted(true);

    const onSchemeChange = () => view.dispatch({ effects: theme.reconfigure(editorTheme(media.matches)) });
    media.addEventListener("change", onSchemeChange);
    return () => {
      media.removeEventListener("change", onSchemeChange);
      view.destroy();
      viewRef.current = null;
    };
    // Mount once: value, language and callbacks are synchronized by the effects below.
  }, []);

  // Content replaced from outside (language switch, file upload, reset).
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const current = view.state.doc.toString();
    if (current !== value) view.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const { language: languageSlot, indent } = compartments.current;
    view.dispatch({ effects: indent.reconfigure(indentUnit.of(LANGUAGES[language].editorIndent ?? "    ")) });
    let cancelled = false;
    loadLanguageSupport(language).then(
      (support) => {
        if (!cancelled) viewRef.current?.dispatch({ effects: languageSlot.reconfigure(support) });
      },
      () => {
        // Highlighting could not load (e.g. offline): the editor still works as plain text.
        if (!cancelled) viewRef.current?.dispatch({ effects: languageSlot.reconfigure([]) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [language, mounted]);

  return (
    <div
      className="h-[24rem] min-h-40 resize-y overflow-hidden rounded-lg border border-zinc-300 shadow-sm focus-within:border-indigo-500 focus-within:ring-2 focus-within:ring-indigo-500/30 dark:border-zinc-700"
      data-testid="source-editor-frame"
      data-ready={mounted || undefined}
    >
      <div ref={hostRef} className="h-full" />
      {mounted ? (
        <input type="hidden" name={name} value={value} />
      ) : (
        <textarea
          id={id}
          name={name}
          defaultValue={value}
          aria-labelledby={labelledBy}
          aria-describedby={describedBy}
          spellCheck={false}
          className="h-full w-full resize-none bg-white p-3 font-mono text-[13px] leading-relaxed outline-none dark:bg-zinc-950"
        />
      )}
    </div>
  );
}
