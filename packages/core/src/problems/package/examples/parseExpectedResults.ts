import type { Verdict } from "@arbiter/shared";

/** DOMjudge's result names, as written after `@EXPECTED_RESULTS@:`, and Arbiter's verdicts for them. */
const DOMJUDGE_RESULTS: Record<string, Verdict[]> = {
  CORRECT: ["AC"],
  "WRONG-ANSWER": ["WA"],
  // DOMjudge's no-output is a wrong answer that printed nothing: Arbiter calls it WA.
  "NO-OUTPUT": ["WA"],
  TIMELIMIT: ["TLE"],
  // DOMjudge reports running out of memory as a run error.
  "RUN-ERROR": ["RE", "MLE"],
  "OUTPUT-LIMIT": ["OLE"],
  "COMPILER-ERROR": ["CE"],
};

const MARKER = "@EXPECTED_RESULTS@:";
const SCORE_MARKER = "@EXPECTED_SCORE@:";

export type ExpectedResults =
  | { kind: "none" }
  | { kind: "results"; verdicts: Verdict[]; names: string[]; score?: number }
  | { kind: "invalid"; reason: string };

/**
 * DOMjudge's annotation in a submission's source: a line holding
 * `@EXPECTED_RESULTS@: WRONG-ANSWER, TIMELIMIT` (any comment syntax around it) says the
 * final verdict is one of those; `@EXPECTED_SCORE@: 95.35` gives the score too.
 * Names are matched without regard to case, and `_` stands for `-`.
 */
export function parseExpectedResults(source: string): ExpectedResults {
  const at = source.toUpperCase().indexOf(MARKER);
  if (at < 0) return { kind: "none" };
  const names = restOfLine(source, at + MARKER.length)
    .split(/[,\s]+/)
    .map((w) => w.toUpperCase().replace(/_/g, "-"))
    .filter((w) => w !== "");
  if (names.length === 0) return { kind: "invalid", reason: `${MARKER} names no result` };
  const unknown = names.find((n) => !Object.hasOwn(DOMJUDGE_RESULTS, n));
  if (unknown !== undefined) {
    return {
      kind: "invalid",
      reason: `${MARKER} "${unknown.slice(0, 30)}" is not one of ${Object.keys(DOMJUDGE_RESULTS).join(", ")}`,
    };
  }
  const verdicts = [...new Set(names.flatMap((n) => DOMJUDGE_RESULTS[n] ?? []))];
  const scoreAt = source.toUpperCase().indexOf(SCORE_MARKER);
  if (scoreAt < 0) return { kind: "results", verdicts, names };
  const text = restOfLine(source, scoreAt + SCORE_MARKER.length).split(/\s+/)[0] ?? "";
  const score = Number(text);
  if (text === "" || !Number.isFinite(score)) {
    return { kind: "invalid", reason: `${SCORE_MARKER} "${text.slice(0, 30)}" is not a number` };
  }
  return { kind: "results", verdicts, names, score };
}

/** The annotation's text up to the end of its line, without a closing block comment. */
function restOfLine(source: string, from: number): string {
  const end = source.indexOf("\n", from);
  return source
    .slice(from, end < 0 ? undefined : end)
    .replace(/\*\/.*$|-->.*$|-\}.*$|\*\).*$/, "")
    .trim();
}
