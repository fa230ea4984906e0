import type { LanguageId } from "@arbiter/shared";
import type { CSSProperties } from "react";
import { highlightSourceLines } from "./highlightSource";
import "./submission.css";

/**
 * A submitted program, highlighted on the server (no highlighter is sent to the
 * browser) and numbered by CSS, so copying the text never copies line numbers.
 */
export function SourceView({ source, language }: { source: string; language: LanguageId }) {
  const lines = highlightSourceLines(source, language);
  const gutter = `${Math.max(2, String(lines.length).length)}ch`;
  return (
    <pre
      className="code-block max-h-[40rem] bg-white py-3 pl-2 dark:bg-zinc-900"
      data-testid="source"
      data-language={language}
    >
      <code className="source-lines block" style={{ "--source-gutter": gutter } as CSSProperties}>
        {lines.map((html, i) => (
          // highlight.js escapes the source; the only markup is its own spans.
          <span key={i} id={`L${i + 1}`} className="line" dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </code>
    </pre>
  );
}
