import { DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIME_LIMIT_MS } from "@arbiter/shared";
import { describe, expect, it } from "vitest";
import { parseProblemYaml } from "./parseProblemYaml";

describe("parseProblemYaml", () => {
  it("defaults to a pass-fail (icpc) problem with default validation and limits", () => {
    expect(parseProblemYaml("name: Sum\n")).toEqual({
      title: "Sum",
      timeLimitMs: DEFAULT_TIME_LIMIT_MS,
      memoryLimitMb: DEFAULT_MEMORY_LIMIT_MB,
      scoring: "icpc",
      customValidation: false,
      interactive: false,
      validatorFlags: [],
      testlibChecker: false,
      runAllTests: false,
      hiddenTestDisclosure: "verdict_only",
      difficulty: null,
      tags: [],
      warnings: [],
    });
  });

  it("reads what students see of hidden tests, the safe end by default", () => {
    expect(parseProblemYaml("name: S\narbiter: {hidden_tests: per_test}\n").hiddenTestDisclosure).toBe("per_test");
    expect(parseProblemYaml("name: S\narbiter: {hidden_tests: first_failure}\n").hiddenTestDisclosure).toBe(
      "first_failure",
    );
    expect(() => parseProblemYaml("name: S\narbiter: {hidden_tests: all}\n")).toThrow(/hidden_tests/);
  });

  it("maps type to scoring, which the arbiter section overrides", () => {
    expect(parseProblemYaml("name: S\ntype: scoring\n").scoring).toBe("ioi");
    expect(parseProblemYaml("name: S\ntype: pass-fail\n").scoring).toBe("icpc");
    expect(parseProblemYaml("name: S\ntype: pass-fail\narbiter: {scoring: homework}\n").scoring).toBe("homework");
  });

  it.each([
    ["default", false, false],
    ["custom", true, false],
    ["custom interactive", true, true],
    ["  custom   interactive ", true, true],
  ])("reads validation %j", (validation, custom, interactive) => {
    expect(parseProblemYaml(`name: S\nvalidation: ${validation}\n`)).toMatchObject({
      customValidation: custom,
      interactive,
    });
  });

  it.each([
    ["custom score", /not supported \(validators that report scores/],
    ["custom interactive score", /not supported/],
    ["default interactive", /not supported/],
    ["magic", /validation "magic" is not supported; use "default", "custom" or "custom interactive"/],
  ])("rejects validation %j", (validation, message) => {
    expect(() => parseProblemYaml(`name: S\nvalidation: ${validation}\n`)).toThrow(message);
  });

  it("reads validator_flags, keywords and tags", () => {
    const meta = parseProblemYaml(
      "name: S\nvalidator_flags: float_tolerance 1e-6\nkeywords: math  geometry\ntags: [geometry, dynamic programming]\n",
    );
    expect(meta.validatorFlags).toEqual(["float_tolerance", "1e-6"]);
    expect(meta.tags).toEqual(["math", "geometry", "dynamic programming"]);
  });

  it("reads the arbiter section", () => {
    const meta = parseProblemYaml(
      "name: S\narbiter:\n  scoring: ioi\n  run_all_tests: false\n  difficulty: 3\n  checker: testlib\n  checker_language: cpp\n",
    );
    expect(meta).toMatchObject({ scoring: "ioi", difficulty: 3, testlibChecker: true, checkerLanguage: "cpp" });
  });

  it.each([
    ["arbiter: {scoring: acm}", /arbiter\.scoring must be one of icpc, ioi, homework/],
    ["arbiter: {difficulty: 6}", /arbiter\.difficulty must be a whole number from 1 to 5/],
    ["arbiter: {checker: spj}", /arbiter\.checker must be "testlib"/],
    ["arbiter: {checker_language: cobol}", /arbiter\.checker_language must be one of/],
    ["arbiter: {scorng: ioi}", /arbiter: unknown key "scorng"/],
    ["arbiter: 5", /arbiter must be a map/],
    ["type: interactive", /type must be "pass-fail" or "scoring"/],
    [`tags: ["${"x".repeat(51)}"]`, /too long/],
  ])("rejects %j", (line, message) => {
    expect(() => parseProblemYaml(`name: S\n${line}\n`)).toThrow(message);
  });

  it("warns about what it ignores", () => {
    const meta = parseProblemYaml(
      "name: S\nproblem_format_version: 2023-07-draft\nlimits: {time_multiplier: 5, time_safety_margin: 2}\narbiter: {scoring: ioi, run_all_tests: true}\n",
    );
    expect(meta.warnings).toEqual([
      'problem_format_version "2023-07-draft": read as the legacy format',
      "limits: time_multiplier, time_safety_margin ignored (Arbiter uses its own)",
      "arbiter.run_all_tests only matters for icpc scoring; ioi always runs every test it needs",
    ]);
    expect(meta.timeLimitMs).toBe(DEFAULT_TIME_LIMIT_MS);
  });
});
