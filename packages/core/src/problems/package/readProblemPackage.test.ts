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

  it("rejects test groups in subdirectories", async () => {
    await writeFiles({ "data/secret/group1/1.in": "", "data/secret/group1/1.ans": "" });
    expect(await failure()).toMatch(/data\/secret\/group1 is a directory/);
  });

  it("rejects symlinks anywhere, even unused ones, without following them", async () => {
    await symlink("/etc/passwd", path.join(pkg, "data/secret/3.in"));
    expect(await failure()).toBe("data/secret/3.in is a symbolic link; packages must not contain links");
    await rm(path.join(pkg, "data/secret/3.in"));
    await mkdir(path.join(pkg, "attachments"));
    await symlink(base, path.join(pkg, "attachments/up"));
    expect(await failure()).toBe("attachments/up is a symbolic link; packages must not contain links");
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
