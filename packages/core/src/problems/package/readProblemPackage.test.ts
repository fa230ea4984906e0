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

  it("rejects a package without secret tests", async () => {
    await rm(path.join(pkg, "data/secret"), { recursive: true });
    expect(await failure()).toMatch(/data\/secret has no tests/);
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
      { name: "sample", points: 0, dependencies: [] },
      { name: "secret/group2", points: 40, dependencies: [] },
      { name: "secret/group10", points: 60, dependencies: ["secret/group2"] },
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
      "data/secret/testdata.yaml: input_validator_flags (as a map per validator) is not supported: ignored",
    ]);
  });

  it.each([
    [{ "data/secret/g/h/1.in": "" }, "data/secret/g/h: groups can be nested only one level below data/secret"],
    [{ "data/sample/g/1.in": "" }, "data/sample/g is a directory; data/sample cannot have groups"],
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

  it("reads an interactor for custom interactive validation", async () => {
    await writeFiles({
      "problem.yaml": "name: S\nvalidation: custom interactive\n",
      "output_validators/interactor.py": "exit(42)\n",
    });
    const problem = await readProblemPackage(pkg);
    expect(problem).toMatchObject({ interactive: true, checker: { kind: "icpc", language: "python3" } });
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
        "output_validators/a/testlib.h": "x",
      },
      /output_validators\/a has 2 files; only single-file validators are supported/,
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
    [{ "problem.yaml": "name: S\nvalidation: custom score\n" }, /not supported/],
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
      "submissions/accepted/binary.py": "\u0000",
      "input_validators/validate.py": "exit(42)\n",
      "input_validators/ctd/format.ctd": "INT(1,2)\n",
    });
    const problem = await readProblemPackage(pkg);
    expect(problem.submissions.map((s) => [s.rel, s.expected, s.language])).toEqual([
      ["submissions/accepted/sol.py", "AC", "python3"],
      ["submissions/run_time_error/crash.java", "RE", "java"],
      ["submissions/time_limit_exceeded/slow.cpp", "TLE", "cpp"],
      ["submissions/wrong_answer/overflow.c", "WA", "c"],
    ]);
    expect(problem.inputValidators.map((v) => [v.rel, v.files.map((f) => f.rel), v.language])).toEqual([
      ["input_validators/ctd", ["input_validators/ctd/format.ctd"], undefined],
      ["input_validators/validate.py", ["input_validators/validate.py"], "python3"],
    ]);
    expect(problem.warnings).toEqual([
      "submissions/accepted/binary.py: not UTF-8 text: skipped",
      "submissions/accepted/multi: multi-file submissions are not supported: skipped",
      "submissions/accepted/notes.md: unknown language (use .py .py3 .c .cpp .cc .cxx .c++ .cp .java .js .mjs .cjs .go .rs): skipped",
      "submissions/partially_accepted: not one of accepted, wrong_answer, time_limit_exceeded, run_time_error: skipped",
    ]);
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
