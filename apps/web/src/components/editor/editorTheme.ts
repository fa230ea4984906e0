import { defaultHighlightStyle, syntaxHighlighting } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { oneDarkHighlightStyle } from "@codemirror/theme-one-dark";

/** Editor chrome in the app's zinc palette; syntax colors come from the highlight styles. */
function chrome(dark: boolean): Extension {
  const c = dark
    ? {
        bg: "#09090b",
        gutter: "#18181b",
        gutterText: "#71717a",
        border: "#27272a",
        active: "#ffffff0a",
        cursor: "#e4e4e7",
        selection: "#4f46e566",
        text: "#e4e4e7",
      }
    : {
        bg: "#ffffff",
        gutter: "#fafafa",
        gutterText: "#a1a1aa",
        border: "#e4e4e7",
        active: "#f4f4f5",
        cursor: "#18181b",
        selection: "#c7d2fe",
        text: "#18181b",
      };
  return EditorView.theme(
    {
      "&": { height: "100%", backgroundColor: c.bg, color: c.text, fontSize: "13px" },
      "&.cm-focused": { outline: "none" },
      ".cm-scroller": { fontFamily: "var(--font-mono)", lineHeight: "1.6", overflow: "auto" },
      ".cm-content": { caretColor: c.cursor, padding: "8px 0" },
      ".cm-cursor, .cm-dropCursor": { borderLeftColor: c.cursor, borderLeftWidth: "2px" },
      "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection":
        {
          backgroundColor: c.selection,
        },
      ".cm-gutters": { backgroundColor: c.gutter, color: c.gutterText, borderRight: `1px solid ${c.border}` },
      ".cm-activeLine": { backgroundColor: c.active },
      ".cm-activeLineGutter": { backgroundColor: c.active, color: dark ? "#d4d4d8" : "#52525b" },
      ".cm-matchingBracket, &.cm-focused .cm-matchingBracket": {
        backgroundColor: dark ? "#4f46e540" : "#e0e7ff",
        outline: `1px solid ${dark ? "#6366f1" : "#a5b4fc"}`,
      },
    },
    { dark },
  );
}

/** The whole look for one color scheme: swap it in a Compartment when the OS scheme changes. */
export function editorTheme(dark: boolean): Extension {
  return [chrome(dark), syntaxHighlighting(dark ? oneDarkHighlightStyle : defaultHighlightStyle)];
}
