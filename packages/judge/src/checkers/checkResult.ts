/**
 * What a checker decided about one test's output.
 * - AC / WA: the contestant's answer is right / wrong.
 * - IE: the checker itself failed (crashed, timed out, ran out of memory, reported
 *   a failure or answered nonsense). That is the judge's fault, never the contestant's.
 *
 * `fraction` is set only when a testlib checker awarded partial points (0 ≤ fraction < 1
 * comes with WA, 1 with AC); use {@link scoreFraction} to get a test's share of its points.
 * `message` is the checker's explanation for staff (judge-side); never show it for a hidden test.
 */
export interface CheckResult {
  verdict: "AC" | "WA" | "IE";
  fraction?: number;
  /** An ICPC validator's score.txt: the test's points in a scoring problem. */
  score?: number;
  /** Multi-pass: the nextpass.in an accepting validator wrote, the program's input for the next pass. */
  nextPassInput?: Buffer;
  message?: string;
}

/**
 * Which pass of a multi-pass test a check belongs to (1-based). From the second pass
 * on, the validator's feedback directory is kept as the previous pass left it.
 */
export interface CheckPass {
  index: number;
}

/** Checks one test's output; `close` releases whatever the checker holds (its sandbox). */
export interface OutputChecker {
  check(input: Buffer, output: Buffer, answer: Buffer, pass?: CheckPass): Promise<CheckResult>;
  close(): Promise<void>;
}

/** The share of a test's points a result earns: its partial fraction, else 1 for AC and 0 otherwise. */
export function scoreFraction(result: CheckResult): number {
  if (result.verdict === "IE") return 0;
  return result.fraction ?? (result.verdict === "AC" ? 1 : 0);
}

/** Longest checker message kept, in bytes of UTF-8. */
export const CHECKER_MESSAGE_MAX_BYTES = 4096;

/** Cuts a message to {@link CHECKER_MESSAGE_MAX_BYTES}, saying so; undefined when there is nothing to say. */
export function clipMessage(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  const bytes = Buffer.from(trimmed, "utf8");
  if (bytes.length <= CHECKER_MESSAGE_MAX_BYTES) return trimmed;
  // Decoding a cut multi-byte character yields U+FFFD, which is harmless in a staff note.
  return `${bytes.subarray(0, CHECKER_MESSAGE_MAX_BYTES).toString("utf8")}… (truncated)`;
}

/** An IE result: the reason, then what the checker said about it, if anything. */
export function internalError(reason: string, said: string | undefined): CheckResult {
  return { verdict: "IE", message: said ? `${reason}: ${said}` : reason };
}

/** The result with `message` set, or unchanged when there is no message. */
export function withMessage(result: CheckResult, message: string | undefined): CheckResult {
  return message ? { ...result, message } : result;
}
