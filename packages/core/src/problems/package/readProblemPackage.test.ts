import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIME_LIMIT_MS } from "@arbiter/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ProblemPackageError } from "./ProblemPackageError";
import { readProblemPackage } from "./readProblemPackage";

let base: string;
let pkg: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), "arbiter-pkg-"));
  pkg = path.join(base, "sum");
  await writeFiles({
    "problem.yaml": "name: Sum\nlimits:\n  time_limit: 1.5\n  memory: 128\n",
    "problem_statement/problem.en.md": "Add $a$ and $b$.\n",
    "data/sample/1.in": "1 2\n",
    "data/sample/1.ans": "3\n",
    "data/secret/2.in": "2 2\n",
    "data/secret/2.ans": "4\n",
    "data/secret/10.in": "10 10\n",
    "data/secret/10.ans": "20\n",
    "data/secret/1.in": "0 0\n",
    "data/secret/1.ans": "0\n",
  });
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function writeFiles(files: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(pkg, rel)), { recursive: true });
    await writeFile(path.join(pkg, rel), content);
  }
}

/** The rejection message, checked to be a ProblemPackageError without host paths. */
async function failure(): Promise<string> {
  const error: unknown = await readProblemPackage(pkg).then(
    () => new Error("expected the package to be rejected"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemPackageError);
  const message = (error as Error).message;
  expect(message).not.toContain(base);
  return message;
}

describe("readProblemPackage", () => {
  it("reads metadata, statement and tests in judging order", async () => {
    const problem = await readProblemPackage(pkg);
    expect(problem).toMatchObject({
      title: "Sum",
      timeLimitMs: 1500,
      memoryLimitMb: 128,
      statement: "Add $a$ and $b$.\n",
    });
    expect(problem.tests.map((t) => [t.name, t.isSample])).toEqual([
      ["sample/1", true],
      ["secret/1", false],
      ["secret/2", false],
      ["secret/10", false],
    ]);
    expect(Buffer.from(problem.tests[3]?.answer ?? []).toString()).toBe("20\n");
  });

  it("uses defaults, the legacy name form and problem.md", async () => {
    await rm(path.join(pkg, "problem_statement/problem.en.md"));
    await writeFiles({ "problem.yaml": "name:\n  en: Legacy Sum\n", "problem_statement/problem.md": "\uFEFFPlain." });
    const problem = await readProblemPackage(pkg);
    expect(problem).toMatchObject({
      title: "Legacy Sum",
      statement: "Plain.",
      timeLimitMs: DEFAULT_TIME_LIMIT_MS,
      memoryLimitMb: DEFAULT_MEMORY_LIMIT_MB,
    });
  });

  it("accepts a package without samples or statement and ignores unrelated files", async () => {
    await rm(path.join(pkg, "data/sample"), { recursive: true });
    await rm(path.join(pkg, "problem_statement"), { recursive: true });
    await writeFiles({
      "data/secret/notes.txt": "x",
      "data/testdata.yaml": "",
      "submissions/accepted/a.py": "print()",
    });
    const problem = await readProblemPackage(pkg);
    expect(problem.statement).toBe("");
    expect(problem.tests).toHaveLength(3);
  });

  it("rejects a missing directory or problem.yaml", async () => {
    await rm(path.join(pkg, "problem.yaml"));
    expect(await failure()).toBe("problem.yaml is missing");
    pkg = path.join(base, "nope");
    expect(await failure()).toMatch(/not found/);
  });

  it.each([
    ["name: [unclosed", /problem\.yaml is not valid YAML/],
    ["name: A\nname: B\n", /problem\.yaml is not valid YAML.*unique/i],
    ["- a\n- b\n", /must be a map/],
    ["limits:\n  memory: 64\n", /name is missing/],
    ["name: 42\n", /name must be text/],
    ["name: {de: Summe}\n", /English entry/],
    ["name: S\nlimits: 5\n", /limits must be a map/],
    ["name: S\nlimits:\n  time_limit: fast\n", /limits\.time_limit must be a number/],
    ["name: S\nlimits:\n  time_limit: 0.01\n", /between 0\.1 and 60 seconds/],
    ["name: S\nlimits:\n  time_limit: 61\n", /between 0\.1 and 60 seconds/],
    ["name: S\nlimits:\n  memory: 8\n", /between 16 and 4096 MiB/],
    ["name: S\nlimits:\n  memory: 100.5\n", /whole number of MiB/],
  ])("rejects problem.yaml %j", async (yaml, message) => {
    await writeFiles({ "problem.yaml": yaml });
    expect(await failure()).toMatch(message);
  });

  it("rejects a YAML alias bomb", async () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++)
      lines.push(
        `${"b".repeat(i)}: &${"b".repeat(i)} [${Array(10)
          .fill(i === 1 ? "*a" : `*${"b".repeat(i - 1)}`)
          .join(", ")}]`,
      );
    await writeFiles({ "problem.yaml": `name: Bomb\n${lines.join("\n")}\n` });
    expect(await failure()).toMatch(/problem\.yaml is not valid YAML/);
  });

  it("rejects unpaired tests, naming the file", async () => {
    await rm(path.join(pkg, "data/secret/2.ans"));
    expect(await failure()).toBe("data/secret/2.in has no matching .ans file");
    await writeFiles({ "data/secret/2.ans": "4\n", "data/sample/7.ans": "x" });
    expect(await failure()).toBe("data/sample/7.ans has no matching .in file");
  });

  it("reads a problem whose only tests are samples, and rejects one without any tests", async () => {
    await rm(path.join(pkg, "data/secret"), { recursive: true });
    const problem = await readProblemPackage(pkg);
    expect(problem.tests.map((t) => [t.name, t.isSample])).toEqual([["sample/1", true]]);
    await rm(path.join(pkg, "data/sample"), { recursive: true });
    expect(await failure()).toBe("data/ has no tests: add .in/.ans pairs to data/secret (or data/sample)");
  });

  it("reads groups nested at any depth, inheriting test_group.yaml settings, each group before its subgroups", async () => {
    await rm(path.join(pkg, "data/secret"), { recursive: true });
    await writeFiles({
      "problem.yaml": "name: Sum\nproblem_format_version: 2023-07-draft\ntype: scoring\n",
      "data/test_group.yaml": "grader_flags: worst_error ignore_sample\n",
      "data/secret/test_group.yaml": "accept_score: 5\non_reject: continue\n",
      "data/secret/a/test_group.yaml": "grader_flags: min\n",
      "data/secret/a/1.in": "1",
      "data/secret/a/1.ans": "1",
      "data/secret/a/deep/1.in": "2",
      "data/secret/a/deep/1.ans": "2",
      "data/secret/a/deep/2.in": "3",
      "data/secret/a/deep/2.ans": "3",
      "data/secret/b/more/1.in": "4",
      "data/secret/b/more/1.ans": "4",
      "data/sample/x/1.in": "5",
      "data/sample/x/1.ans": "5",
    });
    const problem = await readProblemPackage(pkg);
    expect(problem.graderFlags).toEqual(["worst_error", "ignore_sample"]);
    expect(problem.groups.map((g) => [g.name, g.points, g.graderFlags[0], g.stopOnReject])).toEqual([
      ["sample", 0, "sum", true],
      ["sample/x", 0, "sum", true],
      ["secret/a", 5, "min", false],
      ["secret/a/deep", 5, "min", false],
      ["secret/b/more", 5, "sum", false],
    ]);
    expect(problem.tests.map((t) => [t.name, t.isSample])).toEqual([
      ["sample/1", true],
      ["sample/x/1", true],
      ["secret/a/1", false],
      ["secret/a/deep/1", false],
      ["secret/a/deep/2", false],
      ["secret/b/more/1", false],
    ]);
  });

  it("refuses testdata.yaml and test_group.yaml side by side", async () => {
    await writeFiles({ "data/secret/testdata.yaml": "", "data/secret/test_group.yaml": "" });
    expect(await failure()).toBe(
      "data/secret/test_group.yaml and data/secret/testdata.yaml both exist; keep one of them",
    );
  });

  it("takes the output limit from limits.output (8 MiB by default) and DOMjudge's .timelimit", async () => {
    expect((await readProblemPackage(pkg)).outputLimitMb).toBe(8);
    await writeFiles({ "problem.yaml": "name: Sum\nlimits: {output: 2}\n", ".timelimit": "2.5\n" });
    expect(await readProblemPackage(pkg)).toMatchObject({ outputLimitMb: 2, timeLimitMs: 2500 });
    // problem.yaml's own time limit wins over .timelimit.
    await writeFiles({ "problem.yaml": "name: Sum\nlimits: {time_limit: 1}\n" });
    expect((await readProblemPackage(pkg)).timeLimitMs).toBe(1000);
    await writeFiles({ "problem.yaml": "name: Sum\n", ".timelimit": "soon" });
    expect(await failure()).toMatch(/\.timelimit must hold a number of seconds/);
  });

  it("applies output_validator_args from test_group.yaml (2023-07) to the validator, never dropping them", async () => {
    await writeFiles({ "data/test_group.yaml": "output_validator_args: float_tolerance 1e-3\n" });
    expect((await readProblemPackage(pkg)).checker).toMatchObject({
      kind: "default",
      floatAbsoluteTolerance: 1e-3,
      floatRelativeTolerance: 1e-3,
    });
    await writeFiles({
      "data/secret/g/1.in": "",
      "data/secret/g/1.ans": "",
      "data/secret/g/testdata.yaml": "output_validator_flags: case_sensitive\n",
    });
    expect(await failure()).toMatch(
      /data\/secret\/g gives the output validator other arguments than data\/sample .*give output_validator_args once, in data\//,
    );
  });

  it("reads 2023-07's output_validator/ as the validator, headers included, and refuses both layouts at once", async () => {
    await writeFiles({
      "problem.yaml": "name: S\nproblem_format_version: 2023-07-draft\n",
      "output_validator/validate.cc": '#include "validate.h"\nint main() { return check(); }\n',
      "output_validator/validate.h":
        '#pragma once\n#include <cstdio>\n#include "util.h"\nint check() { return ok(); }\n',
      "output_validator/util.h": "#pragma once\ninline int ok() { return 42; }\n",
    });
    const problem = await readProblemPackage(pkg);
    expect(problem.checker).toEqual({
      kind: "icpc",
      language: "cpp",
      source:
        "\n#include <cstdio>\n\ninline int ok() { return 42; }\n\nint check() { return ok(); }\n\nint main() { return check(); }\n",
      flags: [],
    });
    await writeFiles({ "output_validators/v.py": "exit(42)\n" });
    expect(await failure()).toBe("output_validator/ and output_validators/ both exist; keep one of them");
  });

  it("reads groups one level below data/secret, in judging order, with their testdata.yaml", async () => {
    await rm(path.join(pkg, "data/secret"), { recursive: true });
    await writeFiles({
      "problem.yaml": "name: Sum\ntype: scoring\n",
      "data/secret/group10/1.in": "a",
      "data/secret/group10/1.ans": "a",
      "data/secret/group2/1.in": "b",
      "data/secret/group2/1.ans": "b",
      "data/secret/group2/testdata.yaml": "points: 40\n",
      "data/secret/group10/testdata.yaml": "points: 60\narbiter_dependencies: [group2]\n",
    });
    const problem = await readProblemPackage(pkg);
    expect(problem.scoring).toBe("ioi");
    expect(problem.groups).toEqual([
      { name: "sample", points: 0, dependencies: [], graderFlags: ["sum"], stopOnReject: true },
      { name: "secret/group2", points: 40, dependencies: [], graderFlags: ["min"], stopOnReject: true },
      {
        name: "secret/group10",
        points: 60,
        dependencies: ["secret/group2"],
        graderFlags: ["min"],
        stopOnReject: true,
      },
    ]);
    expect(problem.tests.map((t) => [t.name, t.group])).toEqual([
      ["sample/1", "sample"],
      ["secret/group2/1", "secret/group2"],
      ["secret/group10/1", "secret/group10"],
    ]);
  });

  it('judges secret\'s own tests as group "secret" before its subgroups', async () => {
    await writeFiles({ "data/secret/g/1.in": "", "data/secret/g/1.ans": "" });
    const problem = await readProblemPackage(pkg);
    expect(problem.groups.map((g) => g.name)).toEqual(["sample", "secret", "secret/g"]);
    expect(problem.tests.map((t) => t.name)).toEqual(["sample/1", "secret/1", "secret/2", "secret/10", "secret/g/1"]);
  });

  it("gives each test the input_validator_flags of its group, else of the nearest ancestor", async () => {
    await writeFiles({
      "data/testdata.yaml": "input_validator_flags: --max 100\n",
      "data/secret/testdata.yaml": "input_validator_flags: [--max 10, --odd]\n",
      "data/secret/g/1.in": "",
      "data/secret/g/1.ans": "",
      "data/secret/h/1.in": "",
      "data/secret/h/1.ans": "",
      "data/secret/h/testdata.yaml": "input_validator_flags:\n",
    });
    const problem = await readProblemPackage(pkg);
    expect(problem.tests.map((t) => [t.name, t.inputValidatorFlags])).toEqual([
      ["sample/1", ["--max", "100"]],
      ["secret/1", ["--max", "10", "--odd"]],
      ["secret/2", ["--max", "10", "--odd"]],
      ["secret/10", ["--max", "10", "--odd"]],
      ["secret/g/1", ["--max", "10", "--odd"]],
      // An empty key is "no flags", not "inherit".
      ["secret/h/1", []],
    ]);
    await writeFiles({ "data/testdata.yaml": "" });
    await rm(path.join(pkg, "data/secret/testdata.yaml"));
    expect((await readProblemPackage(pkg)).tests[0]?.inputValidatorFlags).toEqual([]);
  });

  it("ignores input_validator_flags given per validator, with a warning", async () => {
    await writeFiles({ "data/secret/testdata.yaml": "input_validator_flags: {validate: --max 10}\n" });
    const problem = await readProblemPackage(pkg);
    expect(problem.tests.map((t) => t.inputValidatorFlags)).toEqual([[], [], [], []]);
    expect(problem.warnings).toEqual([
      "data/secret: input_validator_flags (as a map per validator) is not supported: ignored",
    ]);
  });

  it.each([
    [{ "data/secret/g/h/1.in": "" }, "data/secret/g/h/1.in has no matching .ans file"],
    [{ "data/secret/g/h/readme.txt": "" }, "data/secret/g/h has no tests (.in/.ans pairs)"],
    [{ "data/secret/g/readme.txt": "" }, "data/secret/g has no tests (.in/.ans pairs)"],
    [{ "data/extra/1.in": "" }, /data\/extra is not a test group/],
    [
      { "data/secret/g/1.in": "", "data/secret/g/1.ans": "", "data/secret/g/testdata.yaml": "points: [1]" },
      /data\/secret\/g\/testdata\.yaml: points must be a number/,
    ],
    [
      { "data/secret/testdata.yaml": "input_validator_flags: 10" },
      /data\/secret\/testdata\.yaml: input_validator_flags must be text: the arguments given to input validators/,
    ],
  ])("rejects the group layout %j", async (files, message) => {
    await writeFiles(files);
    expect(await failure()).toMatch(message);
  });

  it("ignores validator test directories and stray tests in data/, with warnings", async () => {
    await writeFiles({ "data/invalid_input/1.in": "", "data/1.in": "" });
    const problem = await readProblemPackage(pkg);
    expect(problem.warnings).toEqual([
      "data/1.in is not in data/sample or data/secret: ignored",
      "data/invalid_input holds validator tests: ignored",
    ]);
  });

  it("configures the default checker from validator_flags", async () => {
    await writeFiles({ "problem.yaml": "name: S\nvalidator_flags: float_tolerance 1e-6 case_sensitive\n" });
    expect((await readProblemPackage(pkg)).checker).toEqual({
      kind: "default",
      caseSensitive: true,
      spaceChangeSensitive: false,
      floatAbsoluteTolerance: 1e-6,
      floatRelativeTolerance: 1e-6,
    });
  });

  it("reads a custom ICPC validator from output_validators/<dir>/ and passes it the flags", async () => {
    await writeFiles({
      "problem.yaml": "name: S\nvalidation: custom\nvalidator_flags: strict  mode\n",
      "output_validators/check/check.cc": "int main() { return 42; }\n",
    });
    const problem = await readProblemPackage(pkg);
    expect(problem.checker).toEqual({
      kind: "icpc",
      language: "cpp",
      source: "int main() { return 42; }\n",
      flags: ["strict", "mode"],
    });
    expect(problem.interactive).toBe(false);
  });

  it("reads an interactor for custom interactive validation, or type: interactive", async () => {
    await writeFiles({
      "problem.yaml": "name: S\nvalidation: custom interactive\n",
      "output_validators/interactor.cpp": "int main() { return 42; }\n",
    });
    const problem = await readProblemPackage(pkg);
    expect(problem).toMatchObject({ interactive: true, checker: { kind: "icpc", language: "cpp" } });
    await writeFiles({ "problem.yaml": "name: S\ntype: [pass-fail, interactive]\n" });
    expect(await readProblemPackage(pkg)).toMatchObject({ interactive: true, scoring: "icpc" });
  });

  it("refuses an interactor it cannot run at import, not at every judging", async () => {
    await writeFiles({
      "problem.yaml": "name: S\nvalidation: custom interactive\n",
      "output_validators/interactor.py": "exit(42)\n",
    });
    expect(await failure()).toBe(
      "output_validators/interactor.py: interactors must be C or C++ for now (they run beside the program, in its container)",
    );
  });

  it("reads multi-pass problems with their pass limit", async () => {
    await writeFiles({
      "problem.yaml": "name: S\ntype: multi-pass\nlimits: {validation_passes: 3}\n",
      "output_validators/v.py": "exit(42)\n",
    });
    expect(await readProblemPackage(pkg)).toMatchObject({ validationPasses: 3, checker: { kind: "icpc" } });
    await writeFiles({ "problem.yaml": "name: S\nvalidation: custom multi-pass\n" });
    expect((await readProblemPackage(pkg)).validationPasses).toBe(2);
    await writeFiles({ "problem.yaml": "name: S\n" });
    expect((await readProblemPackage(pkg)).validationPasses).toBe(1);
  });

  it("reads a testlib checker from output_validators/ or checker/, with a language override", async () => {
    await writeFiles({
      "problem.yaml": "name: S\narbiter: {checker: testlib, checker_language: cpp}\n",
      "checker/chk.txt": "int main() { return 0; }\n",
    });
    expect((await readProblemPackage(pkg)).checker).toEqual({
      kind: "testlib",
      language: "cpp",
      source: "int main() { return 0; }\n",
    });
  });

  it.each([
    [
      { "problem.yaml": "name: S\nvalidation: custom\n" },
      "output_validators/ is missing or empty: custom validation needs its program there",
    ],
    [
      {
        "problem.yaml": "name: S\nvalidation: custom\n",
        "output_validators/a/a.cpp": "x",
        "output_validators/b.py": "x",
      },
      /output_validators\/ has 2 programs \(a, b\.py\); Arbiter supports exactly one/,
    ],
    [
      {
        "problem.yaml": "name: S\nvalidation: custom\n",
        "output_validators/a/a.cpp": "x",
        "output_validators/a/b.cpp": "x",
      },
      /output_validators\/a has 2 source files \(output_validators\/a\/a\.cpp, output_validators\/a\/b\.cpp\)/,
    ],
    [
      { "problem.yaml": "name: S\nvalidation: custom\n", "output_validators/a/validator": "x" },
      /Cannot tell the language of output_validators\/a\/validator/,
    ],
    [
      { "problem.yaml": "name: S\nvalidation: custom\n", "output_validators/a.cpp": "\u007fELF\u0000\u0000" },
      /output_validators\/a\.cpp contains NUL characters \(is it a binary file\?\)/,
    ],
    [
      {
        "problem.yaml": "name: S\nvalidation: custom interactive\narbiter: {checker: testlib}\n",
        "checker/a.cpp": "x",
      },
      /interactors must follow the ICPC convention/,
    ],
    [{ "problem.yaml": "name: S\nvalidation: custom magic\n" }, /validation "custom magic" is not valid/],
    [
      { "problem.yaml": "name: S\nvalidation: custom\n", "output_validators/v.py": "x", "output_validators/v.h": "x" },
      /output_validators\/ has 2 programs \(v\.h, v\.py\)/,
    ],
  ])("rejects the checker setup %j", async (files, message) => {
    await writeFiles(files);
    expect(await failure()).toMatch(message);
  });

  it("reads submissions and input validators into memory, skipping what cannot be judged", async () => {
    await writeFiles({
      "submissions/accepted/sol.py": "print(3)\n",
      "submissions/wrong_answer/overflow.c": "int main(){}\n",
      "submissions/time_limit_exceeded/slow.cpp": "int main(){for(;;);}\n",
      "submissions/run_time_error/crash.java": "class Main{}\n",
      "submissions/accepted/notes.md": "x",
      "submissions/accepted/multi/a.py": "x",
      "submissions/partially_accepted/p.py": "x",
      "submissions/mixed/m.py": "x",
      "submissions/mixed/slow_or_wrong.cpp": "// @EXPECTED_RESULTS@: TIMELIMIT, wrong-answer\nint main(){}\n",
      "submissions/accepted/binary.py": "\u0000",
      "input_validators/validate.py": "exit(42)\n",
      "input_validators/ctd/format.ctd": "INT(1,2)\n",
    });
    const problem = await readProblemPackage(pkg);
    const legacyDefault = (dir: string) => `${dir}/ (the format's default)`;
    expect(problem.submissions.map((s) => [s.path, s.language, s.expectation])).toEqual([
      [
        "accepted/sol.py",
        "python3",
        { rules: [{ origin: legacyDefault("accepted"), permitted: ["AC"] }], timeLimitBound: "lower" },
      ],
      [
        "mixed/slow_or_wrong.cpp",
        "cpp",
        {
          rules: [{ origin: "@EXPECTED_RESULTS@: TIMELIMIT, WRONG-ANSWER", verdicts: ["TLE", "WA"] }],
          timeLimitBound: false,
        },
      ],
      [
        "partially_accepted/p.py",
        "python3",
        { rules: [{ origin: legacyDefault("partially_accepted"), verdicts: ["AC"] }], timeLimitBound: "lower" },
      ],
      [
        "run_time_error/crash.java",
        "java",
        { rules: [{ origin: legacyDefault("run_time_error"), required: ["RTE"] }], timeLimitBound: false },
      ],
      [
        "time_limit_exceeded/slow.cpp",
        "cpp",
        {
          rules: [{ origin: legacyDefault("time_limit_exceeded"), permitted: ["AC", "WA", "TLE"], required: ["TLE"] }],
          timeLimitBound: "upper",
        },
      ],
      [
        "wrong_answer/overflow.c",
        "c",
        {
          rules: [{ origin: legacyDefault("wrong_answer"), permitted: ["AC", "WA"], required: ["WA"] }],
          timeLimitBound: "lower",
        },
      ],
    ]);
    expect(problem.inputValidators.map((v) => [v.rel, v.files.map((f) => f.rel), v.language])).toEqual([
      ["input_validators/ctd", ["input_validators/ctd/format.ctd"], undefined],
      ["input_validators/validate.py", ["input_validators/validate.py"], "python3"],
    ]);
    expect(problem.warnings).toEqual([
      "submissions/accepted/binary.py: not UTF-8 text: skipped",
      "submissions/accepted/multi: multi-file submissions are not supported: skipped",
      "submissions/accepted/notes.md: unknown language (use .py .py3 .c .cpp .cc .cxx .c++ .cp .java .js .mjs .cjs .go .rs, or give its language in submissions/submissions.yaml): skipped",
      "submissions/mixed/m.py: no expected result: put it in accepted, partially_accepted, wrong_answer, time_limit_exceeded, run_time_error, write an @EXPECTED_RESULTS@ line in it, or give it rules in submissions/submissions.yaml: skipped",
    ]);
  });

  it("reads submissions.yaml (2023-07): directory overrides, globs over submissions and test groups", async () => {
    await writeFiles({
      "problem.yaml": "problem_format_version: 2023-07-draft\nname: Sum\n",
      "submissions/accepted/sol.py": "print(3)\n",
      "submissions/time_limit_exceeded/slow.py": "x\n",
      "submissions/time_limit_exceeded/easy_only.py": "x\n",
      "submissions/other/weird.txt": "x\n",
      "submissions/submissions.yaml": [
        "time_limit_exceeded:",
        "  permitted: [AC, WA, TLE]",
        "time_limit_exceeded/easy_*.{py,cpp}:",
        "  sample:",
        "    permitted: [AC]",
        "  secret/*:",
        "    required: [TLE]",
        "    message: too slow",
        "other/weird.txt:",
        "  language: python3",
        "  required: [WA]",
        "  score: [10, 20]",
        "  use_for_time_limit: false",
        "",
      ].join("\n"),
    });
    const problem = await readProblemPackage(pkg);
    const yamlAt = (glob: string) => `submissions.yaml: ${glob}`;
    expect(problem.submissions.map((s) => [s.path, s.language, s.expectation])).toEqual([
      [
        "accepted/sol.py",
        "python3",
        { rules: [{ origin: "accepted/ (the format's default)", permitted: ["AC"] }], timeLimitBound: "lower" },
      ],
      [
        "other/weird.txt",
        "python3",
        { rules: [{ origin: yamlAt("other/weird.txt"), required: ["WA"], score: [10, 20] }], timeLimitBound: false },
      ],
      [
        "time_limit_exceeded/easy_only.py",
        "python3",
        {
          rules: [
            { origin: yamlAt("time_limit_exceeded"), permitted: ["AC", "WA", "TLE"], required: ["TLE"] },
            { origin: `${yamlAt("time_limit_exceeded/easy_*.{py,cpp}")} → sample`, tests: "sample", permitted: ["AC"] },
            {
              origin: `${yamlAt("time_limit_exceeded/easy_*.{py,cpp}")} → secret/*`,
              tests: "secret/*",
              required: ["TLE"],
              message: "too slow",
            },
          ],
          timeLimitBound: "upper",
        },
      ],
      [
        "time_limit_exceeded/slow.py",
        "python3",
        {
          rules: [{ origin: yamlAt("time_limit_exceeded"), permitted: ["AC", "WA", "TLE"], required: ["TLE"] }],
          timeLimitBound: "upper",
        },
      ],
    ]);
  });

  it.each([
    ["accepted: [AC]\n", "submissions/submissions.yaml: accepted must be a map (permitted, required, score, …)"],
    [
      "accepted:\n  permitted: [OK]\n",
      "submissions/submissions.yaml: accepted: permitted: must be a list of AC, WA, TLE and RTE",
    ],
    ["accepted:\n  verdict: AC\n", /^submissions\/submissions.yaml: accepted: unknown key "verdict"/],
    [
      "accepted:\n  language: cobol\n",
      'submissions/submissions.yaml: accepted: language "cobol" is not one Arbiter runs',
    ],
    [
      "accepted:\n  secret:\n    permitted: AC\n",
      "submissions/submissions.yaml: accepted → secret: permitted: must be a list of AC, WA, TLE and RTE",
    ],
  ])("refuses the submissions.yaml %j", async (yaml, message) => {
    await writeFiles({ "submissions/accepted/sol.py": "print(3)\n", "submissions/submissions.yaml": yaml });
    expect(await failure()).toMatch(message);
  });

  it("refuses an @EXPECTED_RESULTS@ line it cannot read, skipping that submission", async () => {
    await writeFiles({ "submissions/accepted/sol.py": "# @EXPECTED_RESULTS@: CORRECT, SLOW\n" });
    const problem = await readProblemPackage(pkg);
    expect(problem.submissions).toEqual([]);
    expect(problem.warnings).toContain(
      'submissions/accepted/sol.py: @EXPECTED_RESULTS@: "SLOW" is not one of CORRECT, WRONG-ANSWER, NO-OUTPUT, TIMELIMIT, RUN-ERROR, OUTPUT-LIMIT, COMPILER-ERROR: skipped',
    );
  });

  it("refuses links leaving the package, dangling or looping, anywhere, even unused ones", async () => {
    await symlink("/etc/passwd", path.join(pkg, "data/secret/3.in"));
    expect(await failure()).toBe(
      "data/secret/3.in is a link leading outside the package; copy the file into the package instead",
    );
    await rm(path.join(pkg, "data/secret/3.in"));
    await mkdir(path.join(pkg, "attachments"));
    await symlink(base, path.join(pkg, "attachments/up"));
    expect(await failure()).toBe(
      "attachments/up is a link leading outside the package; copy the file into the package instead",
    );
    await rm(path.join(pkg, "attachments/up"));
    await symlink("../nothing", path.join(pkg, "attachments/gone"));
    expect(await failure()).toBe("attachments/gone is a link to nothing; point it at a file inside the package");
    await rm(path.join(pkg, "attachments/gone"));
    await symlink("..", path.join(pkg, "attachments/loop"));
    expect(await failure()).toBe("attachments/loop is a link to a directory that contains it; remove the loop");
  });

  it("follows links that stay inside the package, to files and to directories", async () => {
    await writeFiles({
      "data/secret/group1/1.in": "5 5\n",
      "data/secret/group1/1.ans": "10\n",
    });
    await mkdir(path.join(pkg, "data/secret/group2"));
    // oddecho's layout: a later group reuses an earlier group's files through links.
    await symlink("../group1/1.in", path.join(pkg, "data/secret/group2/1.in"));
    await symlink("../group1/1.ans", path.join(pkg, "data/secret/group2/1.ans"));
    await symlink("group1", path.join(pkg, "data/secret/group3"));
    const problem = await readProblemPackage(pkg);
    const linked = problem.tests.filter((t) => t.group !== "secret" && t.group !== "sample");
    expect(linked.map((t) => [t.name, Buffer.from(t.answer).toString()])).toEqual([
      ["secret/group1/1", "10\n"],
      ["secret/group2/1", "10\n"],
      ["secret/group3/1", "10\n"],
    ]);
  });

  it("rejects oversized test files", async () => {
    await truncate(path.join(pkg, "data/secret/1.in"), 64 * 1024 * 1024 + 1);
    expect(await failure()).toBe("data/secret/1.in is larger than 64 MiB");
  });

  it("rejects a statement that is not UTF-8", async () => {
    await writeFile(path.join(pkg, "problem_statement/problem.en.md"), Buffer.from([0xff, 0xfe, 0x00]));
    expect(await failure()).toMatch(/problem_statement\/problem\.en\.md is not valid UTF-8/);
  });
});
