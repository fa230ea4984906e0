import type { ExampleExpectation, Verdict } from "@arbiter/shared";
import { describe, expect, it } from "vitest";
import { checkExample, type ExampleOutcome } from "./checkExample";

const tests = (...pairs: [string, Verdict, string?][]): ExampleOutcome["tests"] =>
  pairs.map(([name, verdict, judgeMessage]) => ({ name, verdict, judgeMessage: judgeMessage ?? null }));

const outcome = (verdict: Verdict, judged: ExampleOutcome["tests"], extra: Partial<ExampleOutcome> = {}) => ({
  verdict,
  score: verdict === "AC" ? 100 : 0,
  tests: judged,
  testCount: judged.length,
  ...extra,
});

const expect_ = (rules: ExampleExpectation["rules"]): ExampleExpectation => ({ rules, timeLimitBound: false });

describe("checkExample", () => {
  const accepted = expect_([{ origin: "accepted/", permitted: ["AC"] }]);
  const wrong = expect_([{ origin: "wrong_answer/", permitted: ["AC", "WA"], required: ["WA"] }]);

  it("passes an accepted submission and a wrong answer that is wrong somewhere", () => {
    expect(checkExample(accepted, outcome("AC", tests(["sample/1", "AC"], ["secret/1", "AC"])))).toEqual({
      passed: true,
      failures: [],
    });
    expect(checkExample(wrong, outcome("WA", tests(["sample/1", "AC"], ["secret/1", "WA"])))).toEqual({
      passed: true,
      failures: [],
    });
  });

  it("names the test and the rule a submission broke", () => {
    expect(checkExample(accepted, outcome("WA", tests(["sample/1", "AC"], ["secret/1", "WA"])))).toEqual({
      passed: false,
      failures: ["secret/1 got WA; permitted: AC (accepted/)"],
    });
    expect(checkExample(wrong, outcome("TLE", tests(["secret/1", "TLE"])))).toEqual({
      passed: false,
      failures: ["secret/1 got TLE; permitted: AC, WA (wrong_answer/)", "no test got WA (wrong_answer/)"],
    });
  });

  it("counts MLE and OLE as RTE, and never permits a judge error", () => {
    const crash = expect_([{ origin: "run_time_error/", permitted: ["AC", "RTE"], required: ["RTE"] }]);
    expect(checkExample(crash, outcome("MLE", tests(["secret/1", "MLE"]))).passed).toBe(true);
    expect(checkExample(crash, outcome("OLE", tests(["secret/1", "OLE"]))).passed).toBe(true);
    expect(checkExample(crash, outcome("IE", tests(["secret/1", "IE"]))).failures).toEqual([
      "secret/1 got IE (Internal Error) (run_time_error/)",
      "no test got RTE (run_time_error/)",
    ]);
  });

  it("says when the tests judged before the first failure did not show the required result", () => {
    const slow = expect_([{ origin: "time_limit_exceeded/", permitted: ["AC", "TLE"], required: ["TLE"] }]);
    expect(checkExample(slow, outcome("WA", tests(["secret/1", "WA"]), { testCount: 5 })).failures).toEqual([
      "secret/1 got WA; permitted: AC, TLE (time_limit_exceeded/)",
      "no test got TLE, of the tests judged before the first failure (time_limit_exceeded/)",
    ]);
  });

  it("applies test-group rules to their tests only", () => {
    const easyOnly = expect_([
      { origin: "yaml → sample", tests: "sample", permitted: ["AC"] },
      { origin: "yaml → secret/*-hard", tests: "secret/*-hard", required: ["TLE"] },
    ]);
    const judged = tests(["sample/1", "AC"], ["secret/1-easy/1", "AC"], ["secret/2-hard/1", "TLE"]);
    expect(checkExample(easyOnly, outcome("TLE", judged)).passed).toBe(true);
    const wrongGroup = tests(["sample/1", "AC"], ["secret/1-easy/1", "TLE"], ["secret/2-hard/1", "AC"]);
    expect(checkExample(easyOnly, outcome("TLE", wrongGroup)).failures).toEqual([
      "no test among secret/*-hard got TLE (yaml → secret/*-hard)",
    ]);
  });

  it("checks DOMjudge's final verdicts, scores and judge messages", () => {
    const domjudge = expect_([{ origin: "@EXPECTED_RESULTS@: TIMELIMIT", verdicts: ["TLE"] }]);
    expect(checkExample(domjudge, outcome("TLE", tests(["secret/1", "TLE"]))).passed).toBe(true);
    expect(checkExample(domjudge, outcome("WA", tests(["secret/1", "WA"]))).failures).toEqual([
      "got WA, expected TLE (@EXPECTED_RESULTS@: TIMELIMIT)",
    ]);
    const scored = expect_([{ origin: "yaml", score: [40, 60], message: "half" }]);
    expect(
      checkExample(scored, outcome("AC", tests(["secret/1", "AC", "only half right"]), { score: 50 })).passed,
    ).toBe(true);
    expect(
      checkExample(scored, outcome("AC", tests(["secret/1", "AC", "all right"]), { score: 100 })).failures,
    ).toEqual(["score 100, expected 40 to 60 (yaml)", 'no judge message contains "half" (yaml)']);
  });

  it("fails every rule on a compilation error unless the rule expects one", () => {
    expect(checkExample(accepted, outcome("CE", []))).toEqual({
      passed: false,
      failures: ["did not compile (accepted/)"],
    });
    const ce = expect_([{ origin: "@EXPECTED_RESULTS@: COMPILER-ERROR", verdicts: ["CE"] }]);
    expect(checkExample(ce, outcome("CE", [])).passed).toBe(true);
  });
});
