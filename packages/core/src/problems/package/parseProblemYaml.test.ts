import { DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIME_LIMIT_MS } from "@arbiter/shared";
import { describe, expect, it } from "vitest";
import { parseProblemYaml } from "./parseProblemYaml";

describe("parseProblemYaml", () => {
  it("defaults to a pass-fail (icpc) problem with default validation and limits", () => {
    expect(parseProblemYaml("name: Sum\n")).toEqual({
      title: "Sum",
      timeLimitMs: DEFAULT_TIME_LIMIT_MS,
      memoryLimitMb: DEFAULT_MEMORY_LIMIT_MB,
      outputLimitMb: 8,
      timeLimitGiven: false,
      validationPasses: 1,
      scoring: "icpc",
      customValidation: false,
      interactive: false,
      validatorFlags: [],
      testlibChecker: false,
      runAllTests: false,
      hiddenTestDisclosure: "verdict_only",
      difficulty: null,
      tags: [],
      legacyFormat: true,
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
    ["default", false, false, "icpc", 1],
    ["custom", true, false, "icpc", 1],
    ["custom interactive", true, true, "icpc", 1],
    ["  custom   interactive ", true, true, "icpc", 1],
    ["custom score", true, false, "ioi", 1],
    ["custom multi-pass", true, false, "icpc", 2],
    ["custom score multi-pass", true, false, "ioi", 2],
  ])("reads legacy validation %j", (validation, custom, interactive, scoring, validationPasses) => {
    expect(parseProblemYaml(`name: S\nvalidation: ${validation}\n`)).toMatchObject({
      customValidation: custom,
      interactive,
      scoring,
      validationPasses,
    });
  });

  it.each([
    ["pass-fail", false, false, "icpc", 1],
    ["scoring", false, false, "ioi", 1],
    ["interactive", true, true, "icpc", 1],
    ["scoring interactive", true, true, "ioi", 1],
    ["[pass-fail, multi-pass]", true, false, "icpc", 2],
  ])("reads 2023-07 type %j", (type, custom, interactive, scoring, validationPasses) => {
    expect(parseProblemYaml(`name: S\ntype: ${type}\n`)).toMatchObject({
      customValidation: custom,
      interactive,
      scoring,
      validationPasses,
    });
  });

  it.each([
    ["validation: custom interactive interactive", /validation "custom interactive interactive" is not valid/],
    ["validation: default interactive", /is not valid/],
    ["validation: magic", /validation "magic" is not valid; use "default", or "custom" followed by any of/],
    ["type: pass-fail scoring", /cannot be both "pass-fail" and "scoring"/],
    ["type: magic", /type "magic" is not a problem type/],
    ["type: submit-answer", /submit-answer problems .* are not supported/],
    ["type: interactive multi-pass", /interactive multi-pass problems are not supported yet/],
    [
      "validation: custom multi-pass\nlimits: {validation_passes: 1}",
      /validation_passes must be a whole number from 2 to 100/,
    ],
    ["limits: {output: 0}", /limits\.output must be between 1 and 1024 MiB/],
  ])("rejects %j", (yaml, message) => {
    expect(() => parseProblemYaml(`name: S\n${yaml}\n`)).toThrow(message);
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
    [`tags: ["${"x".repeat(51)}"]`, /too long/],
  ])("rejects %j", (line, message) => {
    expect(() => parseProblemYaml(`name: S\n${line}\n`)).toThrow(message);
  });

  it("warns about what it ignores", () => {
    const meta = parseProblemYaml(
      "name: S\nproblem_format_version: 2024-99\nlimits: {time_multiplier: 5, time_safety_margin: 2, validation_passes: 3}\narbiter: {scoring: ioi, run_all_tests: true}\n",
    );
    expect(meta.warnings).toEqual([
      'problem_format_version "2024-99": read as 2023-07',
      "limits: time_multiplier, time_safety_margin ignored (Arbiter uses its own)",
      "limits: validation_passes only matters for multi-pass problems: ignored",
      "arbiter.run_all_tests only matters for icpc scoring; ioi always runs every test it needs",
    ]);
    expect(meta.timeLimitMs).toBe(DEFAULT_TIME_LIMIT_MS);
  });
});
