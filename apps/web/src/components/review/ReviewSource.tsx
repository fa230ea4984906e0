"use client";

import type { CommentView } from "@arbiter/core/courses";
import type { LanguageId } from "@arbiter/shared";
import { useState, type CSSProperties } from "react";
import { addCommentAction } from "@/app/submissions/[id]/reviewActions";
import { ActionForm } from "@/components/ActionForm";
import { CommentBubble } from "./CommentBubble";
import "@/components/submission/submission.css";

interface Props {
  submissionId: string;
  /** The source, highlighted on the server: one escaped HTML string per line. */
  lines: string[];
  language: LanguageId;
  /** Comments on lines (overall notes are shown elsewhere). */
  comments: CommentView[];
  /** Staff may click a line to comment on it. */
  canComment: boolean;
}

/**
 * The submitted source with staff comments under the lines they are about. Staff click
 * a line to open a comment box under it; everyone who may read the submission (its
 * owner first) sees the comments. Lines are block elements rather than a `<pre>`, so a
 * comment or a form may sit between them.
 */
export function ReviewSource({ submissionId, lines, language, comments, canComment }: Props) {
  const [open, setOpen] = useState<number | null>(null);
  const gutter = `${Math.max(2, String(lines.length).length)}ch`;
  const byLine = new Map<number, CommentView[]>();
  for (const c of comments) if (c.line !== null) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c]);
  // A comment on a line past the end (the API takes any line) is still shown, after the last.
  const beyond = comments.filter((c) => c.line !== null && c.line > lines.length);

  const toggle = (line: number) => {
    // Selecting text to copy must not open a form.
    if (window.getSelection()?.toString()) return;
    setOpen((current) => (current === line ? null : line));
  };

  return (
    <div
      className="code-block max-h-[48rem] overflow-y-auto bg-white py-3 pl-2 dark:bg-zinc-900"
      data-testid="source"
      data-language={language}
    >
      <div className="source-lines block" style={{ "--source-gutter": gutter } as CSSProperties}>
        {lines.map((html, i) => {
          const line = i + 1;
          const here = byLine.get(line) ?? [];
          return (
            <div key={line}>
              <div
                id={`L${line}`}
                className={`line ${canComment ? "cursor-pointer" : ""} ${open === line ? "bg-indigo-500/10" : ""}`}
                data-line={line}
                title={canComment ? `Comment on line ${line}` : undefined}
                onClick={canComment ? () => toggle(line) : undefined}
                // highlight.js escapes the source; the only markup is its own spans.
                dangerouslySetInnerHTML={{ __html: html }}
              />
              {(here.length > 0 || (canComment && open === line)) && (
                <div
                  className="my-1 mr-4 space-y-2 whitespace-normal"
                  style={{ marginLeft: `calc(${gutter} + 1.25rem)` }}
                >
                  {here.map((c) => (
                    <CommentBubble key={c.id} comment={c} />
                  ))}
                  {canComment && open === line && (
                    <div className="rounded-lg border border-zinc-200 bg-zinc-50 p-3 font-sans dark:border-zinc-700 dark:bg-zinc-800">
                      <ActionForm
                        action={addCommentAction.bind(null, { submissionId, line })}
                        submitLabel={`Comment on line ${line}`}
                        testId="line-comment-form"
                      >
                        <label htmlFor={`comment-${line}`} className="sr-only">
                          Comment on line {line}
                        </label>
                        <textarea
                          id={`comment-${line}`}
                          name="body"
                          rows={3}
                          required
                          maxLength={10_000}
                          className="input w-full"
                          placeholder={`What should the student know about line ${line}?`}
                          autoFocus
                        />
                      </ActionForm>
                    </div>
                  )}
                </div>
              )}
            </div>
          );
        })}
        {beyond.length > 0 && (
          <div className="mt-2 mr-4 space-y-2 whitespace-normal">
            {beyond.map((c) => (
              <CommentBubble key={c.id} comment={c} />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
