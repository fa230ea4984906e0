import { z } from "zod";
import { verdictSchema, type Verdict } from "./verdicts";

/**
 * The per-test results the problem package format names in submissions.yaml
 * (`permitted`, `required`): Arbiter's MLE and OLE count as RTE, as Kattis and
 * problemtools report them.
 */
export const TEST_OUTCOME_CODES = ["AC", "WA", "TLE", "RTE"] as const;
export const testOutcomeCodeSchema = z.enum(TEST_OUTCOME_CODES);
export type TestOutcomeCode = z.infer<typeof testOutcomeCodeSchema>;

/** The format's code for one test's verdict; null for IE (a judge fault is never permitted) and CE (no test ran). */
export function testOutcomeCode(verdict: Verdict): TestOutcomeCode | null {
  switch (verdict) {
    case "AC":
    case "WA":
    case "TLE":
      return verdict;
    case "RE":
    case "MLE":
    case "OLE":
      return "RTE";
    default:
      return null;
  }
}

/**
 * One requirement on an example submission, from its directory's default, a
 * submissions.yaml entry, or a DOMjudge `@EXPECTED_RESULTS@` line in its source.
 * Every key present must hold (the format's semantics):
 * - `permitted`: every judged test in scope got one of these;
 * - `required`: at least one judged test in scope got one of these;
 * - `verdicts`: the submission's final verdict is one of these (DOMjudge);
 * - `score`: the submission's score lies in this inclusive range (scoring problems);
 * - `message`: some test's judge message (judgemessage.txt) contains this text.
 */
export const exampleRuleSchema = z.object({
  /** Where the rule comes from, in the author's terms: "accepted/ (default)", "submissions.yaml: accepted/*". */
  origin: z.string(),
  /** Tests in scope: a glob over test and group names below data/ ("secret/group1", "secret/*-easy"); absent: all. */
  tests: z.string().optional(),
  permitted: z.array(testOutcomeCodeSchema).optional(),
  required: z.array(testOutcomeCodeSchema).optional(),
  verdicts: z.array(verdictSchema).optional(),
  score: z.tuple([z.number(), z.number()]).optional(),
  message: z.string().optional(),
});
export type ExampleRule = z.infer<typeof exampleRuleSchema>;

/** What an example submission must get: all of its rules (stored as JSON on ProblemExample.expectation). */
export const exampleExpectationSchema = z.object({
  rules: z.array(exampleRuleSchema),
  /**
   * Whether its running times bound the time limit (the format's `use_for_time_limit`):
   * "lower" for submissions that must not time out, "upper" for ones that must, else false.
   */
  timeLimitBound: z.enum(["lower", "upper"]).or(z.literal(false)),
});
export type ExampleExpectation = z.infer<typeof exampleExpectationSchema>;

/** A rule in one line, for reports: "permitted AC, WA; required WA". */
export function describeExampleRule(rule: ExampleRule): string {
  const parts: string[] = [];
  if (rule.tests) parts.push(`on ${rule.tests}:`);
  if (rule.permitted) parts.push(`permitted ${rule.permitted.join(", ")}`);
  if (rule.required) parts.push(`required ${rule.required.join(", ")}`);
  if (rule.verdicts) parts.push(`verdict ${rule.verdicts.join(" or ")}`);
  if (rule.score) {
    const [lo, hi] = rule.score;
    parts.push(lo === hi ? `score ${lo}` : `score ${lo}–${hi}`);
  }
  if (rule.message !== undefined) parts.push(`message "${rule.message}"`);
  return parts.join("; ").replace(":;", ":");
}
