import { VERDICT_LABELS, type HiddenTestsSummary, type SubmissionStatus } from "@arbiter/shared";
import { formatMemoryKb, formatTime } from "./formatSubmission";

interface Props {
  hidden: HiddenTestsSummary;
  status: SubmissionStatus;
}

/** Why hidden tests' time and memory are not shown one by one (the same words for every policy). */
const WHY =
  "A program's time and memory on a hidden test can spell out that test's data, so they are given only as the maximum over the hidden tests.";

/**
 * What a student is told about the hidden tests, and why no more: the problem's (or the
 * assignment's or contest's) disclosure policy in plain words, with what it allows.
 */
export function HiddenTestsNote({ hidden, status }: Props) {
  const done = status === "done";
  const max =
    hidden.maxTimeMs !== null && hidden.maxMemoryKb !== null
      ? ` Slowest hidden test: ${formatTime(hidden.maxTimeMs)}; most memory: ${formatMemoryKb(hidden.maxMemoryKb)}.`
      : "";
  let text: string;
  switch (hidden.disclosure) {
    case "verdict_only":
      text =
        "This problem shows only the final verdict for its hidden tests: no per-test verdicts, times or memory, because those can reveal the hidden data.";
      break;
    case "first_failure":
      text = hidden.firstFailure
        ? `First failing hidden test: #${hidden.firstFailure.index} (${VERDICT_LABELS[hidden.firstFailure.verdict]}). This problem shows no other hidden test.`
        : `${done ? "No hidden test failed." : "No hidden test has failed so far."} This problem shows only the first failing hidden test.`;
      text += ` ${WHY}${max}`;
      break;
    case "per_test":
      text = `Hidden tests show their verdict only. ${WHY}${max}`;
      break;
  }
  return (
    <p
      className="mb-3 rounded-lg bg-zinc-50 px-3 py-2 text-sm text-zinc-600 ring-1 ring-zinc-200 ring-inset dark:bg-zinc-800/40 dark:text-zinc-300 dark:ring-zinc-700"
      data-testid="hidden-tests-note"
      data-disclosure={hidden.disclosure}
    >
      {text}
    </p>
  );
}
