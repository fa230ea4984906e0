import {
  VERDICT_LABELS,
  testOutcomeCode,
  type ExampleExpectation,
  type ExampleRule,
  type Verdict,
} from "@arbiter/shared";
import { matchesPathOrAncestor } from "../package/examples/matchPathGlob";

/** One judged test of an example submission. */
export interface ExampleTestResult {
  /** The test's name below data/: "sample/1", "secret/group1/03". */
  name: string;
  verdict: Verdict;
  /** The checker's or validator's judge message, if it gave one. */
  judgeMessage: string | null;
}

/** How an example submission fared: its final result and the tests the judge ran (in order). */
export interface ExampleOutcome {
  verdict: Verdict;
  score: number;
  tests: readonly ExampleTestResult[];
  /** Tests the problem has; more than `tests.length` when judging stopped at the first failure. */
  testCount: number;
}

export interface ExampleCheck {
  passed: boolean;
  /** Each broken rule, in the author's terms ("secret/3 got WA; accepted/ permits only AC"). */
  failures: string[];
}

/**
 * Checks an example submission against its expectation as the problem package format
 * says: `permitted` holds for every judged test in the rule's scope, `required` for at
 * least one, `score` for the submission's score, `message` for some test's judge
 * message, and DOMjudge's `verdicts` for the final verdict. Only judged tests count: a
 * pass-fail problem stops at the first failure, as DOMjudge's lazy judging does. A
 * compilation error breaks every rule but one that expects CE; a judge error is never
 * permitted.
 */
export function checkExample(expectation: ExampleExpectation, outcome: ExampleOutcome): ExampleCheck {
  const failures = expectation.rules.flatMap((rule) => ruleFailures(rule, outcome));
  return { passed: failures.length === 0, failures };
}

function ruleFailures(rule: ExampleRule, outcome: ExampleOutcome): string[] {
  const says = `(${rule.origin})`;
  const failures: string[] = [];
  if (rule.verdicts && !rule.verdicts.includes(outcome.verdict)) {
    failures.push(`got ${outcome.verdict}, expected ${rule.verdicts.join(" or ")} ${says}`);
  }
  if (outcome.verdict === "CE") {
    if (!rule.verdicts) failures.push(`did not compile ${says}`);
    return failures;
  }
  const inScope =
    rule.tests === undefined
      ? outcome.tests
      : outcome.tests.filter((t) => matchesPathOrAncestor(rule.tests ?? "", t.name));
  const scope = rule.tests === undefined ? "" : ` among ${rule.tests}`;
  const judgeError = inScope.find((t) => t.verdict === "IE");
  if (judgeError) failures.push(`${judgeError.name} got IE (${VERDICT_LABELS.IE}) ${says}`);
  if (rule.permitted) {
    const permitted = rule.permitted;
    const offending = inScope.find((t) => {
      const code = testOutcomeCode(t.verdict);
      return code !== null && !permitted.includes(code);
    });
    if (offending) {
      failures.push(`${offending.name} got ${describe(offending.verdict)}; permitted: ${permitted.join(", ")} ${says}`);
    }
  }
  if (rule.required) {
    const required = rule.required;
    const met = inScope.some((t) => {
      const code = testOutcomeCode(t.verdict);
      return code !== null && required.includes(code);
    });
    if (!met) {
      const untested = outcome.tests.length < outcome.testCount ? ", of the tests judged before the first failure" : "";
      failures.push(`no test${scope} got ${required.join(" or ")}${untested} ${says}`);
    }
  }
  if (rule.score) {
    const [lo, hi] = rule.score;
    if (outcome.score < lo || outcome.score > hi) {
      failures.push(`score ${outcome.score}, expected ${lo === hi ? lo : `${lo} to ${hi}`} ${says}`);
    }
  }
  if (rule.message !== undefined) {
    const text = rule.message;
    if (!inScope.some((t) => t.judgeMessage?.includes(text))) {
      failures.push(`no judge message${scope} contains "${text}" ${says}`);
    }
  }
  return failures;
}

function describe(verdict: Verdict): string {
  const code = testOutcomeCode(verdict);
  return code && code !== verdict ? `${verdict} (${code})` : verdict;
}
