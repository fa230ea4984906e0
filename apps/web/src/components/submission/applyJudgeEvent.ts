import type { JudgeEvent, SubmissionStatus, SubmissionView, TestResultView } from "@arbiter/shared";

const STATUS_RANK: Record<SubmissionStatus, number> = { queued: 0, judging: 1, done: 2 };

/**
 * Folds one live event into a submission view. Idempotent and order-tolerant: the
 * events published between subscribing and reading the snapshot arrive after the
 * snapshot that may already contain them, so a status never goes backwards and a test
 * result replaces the one with the same index.
 */
export function applyJudgeEvent(view: SubmissionView, event: JudgeEvent): SubmissionView {
  switch (event.type) {
    case "status":
      return STATUS_RANK[event.status] > STATUS_RANK[view.status] ? { ...view, status: event.status } : view;
    case "compiled":
      return view.status === "queued" ? { ...view, status: "judging" } : view;
    case "test": {
      if (view.status === "done") return view;
      const test: TestResultView = {
        index: event.index,
        verdict: event.verdict,
        timeMs: event.timeMs,
        memoryKb: event.memoryKb,
        sample: event.sample,
      };
      const tests = [...view.tests.filter((t) => t.index !== event.index), test].sort((a, b) => a.index - b.index);
      return { ...view, status: "judging", tests };
    }
    case "done":
      return { ...view, status: "done", verdict: event.verdict, score: event.score };
  }
}

/**
 * The more advanced of two views of the same submission (a fresh snapshot or the one
 * built from events): later status first, then more test results.
 */
export function newerView(a: SubmissionView, b: SubmissionView): SubmissionView {
  const rank = STATUS_RANK[b.status] - STATUS_RANK[a.status];
  if (rank !== 0) return rank > 0 ? b : a;
  return b.tests.length >= a.tests.length ? b : a;
}

/** Whether a snapshot tells a client anything its current view does not show. */
export function viewDiffers(a: SubmissionView, b: SubmissionView): boolean {
  return (
    a.status !== b.status ||
    a.verdict !== b.verdict ||
    a.score !== b.score ||
    a.compileOutput !== b.compileOutput ||
    a.tests.length !== b.tests.length ||
    JSON.stringify(a.hidden) !== JSON.stringify(b.hidden) ||
    a.tests.some((t, i) => t.verdict !== b.tests[i]?.verdict || t.index !== b.tests[i]?.index)
  );
}
