import { z } from "zod";

/**
 * Stable verdict codes. They are part of the public API (REST, CLI, stored rows):
 * never rename one; add new codes at the end.
 */
export const VERDICTS = ["AC", "WA", "TLE", "MLE", "RE", "OLE", "CE", "IE"] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

export const VERDICT_LABELS: Record<Verdict, string> = {
  AC: "Accepted",
  WA: "Wrong Answer",
  TLE: "Time Limit Exceeded",
  MLE: "Memory Limit Exceeded",
  RE: "Runtime Error",
  OLE: "Output Limit Exceeded",
  CE: "Compilation Error",
  IE: "Internal Error",
};

/**
 * When several verdicts apply (to one test, or across tests for the final verdict),
 * the one earliest in this list wins. IE first: a judge fault must never be hidden
 * behind a user-facing verdict. Limits before RE because an OOM or timeout kill also
 * looks like a crash. CE only ever stands alone (nothing runs), and AC is last.
 */
export const VERDICT_PRECEDENCE: readonly Verdict[] = ["IE", "CE", "TLE", "MLE", "OLE", "RE", "WA", "AC"];

/** The verdict that wins among `verdicts`; AC for an empty list. */
export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let best = VERDICT_PRECEDENCE.length - 1;
  for (const v of verdicts) best = Math.min(best, VERDICT_PRECEDENCE.indexOf(v));
  return VERDICT_PRECEDENCE[best] ?? "AC";
}
