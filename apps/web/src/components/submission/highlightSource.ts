import "server-only";
import { LANGUAGES, type LanguageId } from "@arbiter/shared";
// The full build registers every grammar highlight.js has, so a language added to the
// table highlights with no change here. It runs on the server only: the browser gets
// highlighted HTML and never downloads highlight.js.
import hljs from "highlight.js";

/** Sources longer than this are shown plain: highlighting is not worth the server time, in characters. */
const MAX_HIGHLIGHTED_CHARS = 128 * 1024;

/**
 * The source as HTML, one string per line, each with balanced `<span class="hljs-…">`
 * tags (a token spanning lines, like a block comment, is closed and reopened), so the
 * page can number lines. highlight.js escapes the code itself.
 */
export function highlightSourceLines(source: string, language: LanguageId): string[] {
  const grammar = LANGUAGES[language].highlight;
  const html =
    source.length <= MAX_HIGHLIGHTED_CHARS && hljs.getLanguage(grammar)
      ? hljs.highlight(source, { language: grammar, ignoreIllegals: true }).value
      : escapeHtml(source);
  return splitHighlightedLines(html.replace(/\r\n?/g, "\n").replace(/\n$/, ""));
}

/** Splits highlight.js HTML at newlines, carrying the open spans over to the next line. */
export function splitHighlightedLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let current = "";
  const tag = /<span[^>]*>|<\/span>|\n/g;
  let last = 0;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    current += html.slice(last, match.index);
    last = tag.lastIndex;
    const token = match[0];
    if (token === "\n") {
      lines.push(current + "</span>".repeat(open.length));
      current = open.join("");
    } else if (token === "</span>") {
      open.pop();
      current += token;
    } else {
      open.push(token);
      current += token;
    }
  }
  lines.push(current + html.slice(last));
  return lines;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
