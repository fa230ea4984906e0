import { describe, expect, it } from "vitest";
import { parseExpectedResults } from "./parseExpectedResults";

describe("parseExpectedResults", () => {
  it.each([
    ["// @EXPECTED_RESULTS@: CORRECT\nint main(){}", ["AC"], ["CORRECT"]],
    ["/* @EXPECTED_RESULTS@: WRONG-ANSWER, TIMELIMIT */", ["WA", "TLE"], ["WRONG-ANSWER", "TIMELIMIT"]],
    ["# @expected_results@: run_error", ["RE", "MLE"], ["RUN-ERROR"]],
    ["(* @EXPECTED_RESULTS@: NO-OUTPUT *)", ["WA"], ["NO-OUTPUT"]],
    ["-- @EXPECTED_RESULTS@: COMPILER-ERROR,OUTPUT-LIMIT", ["CE", "OLE"], ["COMPILER-ERROR", "OUTPUT-LIMIT"]],
  ])("reads %j", (source, verdicts, names) => {
    expect(parseExpectedResults(source)).toEqual({ kind: "results", verdicts, names });
  });

  it("reads the expected score beside it", () => {
    expect(parseExpectedResults("# @EXPECTED_RESULTS@: CORRECT\n# @EXPECTED_SCORE@: 95.35\n")).toEqual({
      kind: "results",
      verdicts: ["AC"],
      names: ["CORRECT"],
      score: 95.35,
    });
  });

  it("says nothing without the marker, and why when it is unreadable", () => {
    expect(parseExpectedResults("print(1)\n")).toEqual({ kind: "none" });
    expect(parseExpectedResults("# @EXPECTED_RESULTS@:\n")).toMatchObject({ kind: "invalid" });
    const unknown = parseExpectedResults("# @EXPECTED_RESULTS@: ACCEPTED\n");
    expect(unknown.kind === "invalid" && unknown.reason).toMatch(/"ACCEPTED" is not one of CORRECT/);
    expect(parseExpectedResults("# @EXPECTED_RESULTS@: CORRECT\n# @EXPECTED_SCORE@: lots\n")).toMatchObject({
      kind: "invalid",
    });
  });
});
