"use client";

import type { CommentView } from "@arbiter/core/courses";
import { addCommentAction } from "@/app/submissions/[id]/reviewActions";
import { ActionForm } from "@/components/ActionForm";
import { CommentBubble } from "./CommentBubble";

/**
 * The staff's overall notes on a submission, which its owner reads on the same page;
 * staff get a box to add one. Shown to students only when there is something to read.
 */
export function OverallNotes({
  submissionId,
  notes,
  canComment,
}: {
  submissionId: string;
  notes: CommentView[];
  canComment: boolean;
}) {
  if (notes.length === 0 && !canComment) return null;
  return (
    <section aria-labelledby="notes-heading" className="space-y-3" data-testid="overall-notes">
      <h2 id="notes-heading" className="text-lg font-semibold tracking-tight">
        Feedback
      </h2>
      {notes.length === 0 && (
        <p className="text-sm text-zinc-500">No overall note yet. Click a source line to comment on it.</p>
      )}
      {notes.map((n) => (
        <CommentBubble key={n.id} comment={n} />
      ))}
      {canComment && (
        <ActionForm
          action={addCommentAction.bind(null, { submissionId, line: null })}
          submitLabel="Add note"
          testId="note-form"
        >
          <label htmlFor="overall-note" className="label">
            Overall note for the student
          </label>
          <textarea id="overall-note" name="body" rows={3} required maxLength={10_000} className="input w-full" />
        </ActionForm>
      )}
    </section>
  );
}
