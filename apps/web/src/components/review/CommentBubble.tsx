import type { CommentView } from "@arbiter/core/courses";
import { LocalTime } from "@/components/LocalTime";

/** One staff comment as everyone who may read the submission sees it: author, time, text. */
export function CommentBubble({ comment }: { comment: CommentView }) {
  return (
    <div
      className="rounded-lg border border-amber-300/70 bg-amber-50 px-3 py-2 font-sans text-sm whitespace-pre-wrap text-zinc-800 dark:border-amber-400/30 dark:bg-amber-500/10 dark:text-zinc-100"
      data-testid="comment"
      data-line={comment.line ?? ""}
    >
      <p className="mb-1 text-xs text-zinc-500 dark:text-zinc-400">
        <span className="font-medium text-zinc-700 dark:text-zinc-300">{comment.author}</span> ·{" "}
        <LocalTime iso={comment.createdAt} />
      </p>
      {comment.body}
    </div>
  );
}
