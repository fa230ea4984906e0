"use client";

import "katex/dist/katex.min.css";
import { useEffect, useState } from "react";

/** Wait this long after the last keystroke before rendering again, in ms. */
const DEBOUNCE_MS = 250;

/**
 * The statement as students will see it, rendered in the browser by the same pipeline as
 * the problem page (`renderStatementHtml`: Markdown, KaTeX from npm, then the sanitizer
 * and URL filter), so what the author previews is exactly what gets shown, and a hostile
 * statement is as harmless here as there. The renderer is loaded on first use.
 */
export function StatementPreview({ source }: { source: string }) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void import("@/lib/statementHtml").then(({ renderStatementHtml }) => {
        if (!cancelled) setHtml(renderStatementHtml(source));
      });
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [source]);
  return (
    <div
      className="markdown min-h-40 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
      data-testid="statement-preview"
      data-ready={html === null ? "false" : "true"}
      // Sanitized to an allow-list by renderStatementHtml, as on the problem page.
      dangerouslySetInnerHTML={{ __html: html ?? "" }}
    />
  );
}
