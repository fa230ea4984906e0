import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { storeTestCaseFile } from "../../testFiles/storeTestFiles";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { importProblemPackage } from "../importProblemPackage";
import { exportProblemToDir } from "./exportProblemToDir";
import { exportProblemToZip } from "./exportProblemToZip";

const DEMOS = path.resolve(import.meta.dirname, "../../../../../infra/demo/problems");
const run = randomBytes(4).toString("hex");
const prefix = `itest-export-${run}`;

let db: PrismaClient;
let base: string;

beforeAll(async () => {
  db = createPrismaClient();
  base = await mkdtemp(path.join(tmpdir(), "arbiter-export-"));
});

afterAll(async () => {
  await db.problem.deleteMany({ where: { slug: { startsWith: prefix } } });
  await db.$disconnect();
  await rm(base, { recursive: true, force: true });
});

/** Everything an import stores, without ids and timestamps, test data as base64. */
async function snapshot(slug: string) {
  const problem = await db.problem.findUniqueOrThrow({
    where: { slug },
    include: { testGroups: { orderBy: { index: "asc" } }, testCases: { orderBy: { index: "asc" } } },
  });
  const groupName = new Map(problem.testGroups.map((g) => [g.id, g.name]));
  return {
    title: problem.title,
    statement: problem.statement,
    timeLimitMs: problem.timeLimitMs,
    memoryLimitMb: problem.memoryLimitMb,
    outputLimitMb: problem.outputLimitMb,
    validationPasses: problem.validationPasses,
    graderFlags: problem.graderFlags,
    scoring: problem.scoring,
    checker: problem.checker,
    interactive: problem.interactive,
    runAllTests: problem.runAllTests,
    hiddenTestDisclosure: problem.hiddenTestDisclosure,
    tags: problem.tags,
    difficulty: problem.difficulty,
    groups: problem.testGroups.map((g) => ({
      index: g.index,
      name: g.name,
      points: g.points,
      deps: g.dependencies,
      graderFlags: g.graderFlags,
      stopOnReject: g.stopOnReject,
    })),
    tests: problem.testCases.map((t) => ({
      index: t.index,
      name: t.name,
      isSample: t.isSample,
      group: t.groupId ? groupName.get(t.groupId) : null,
      input: t.inputHash,
      answer: t.answerHash,
    })),
  };
}

async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
}

/** A package using what the demos do not: ICPC validator flags, run_all_tests, tags with spaces, groups with and without own tests. */
async function kitchenSink(): Promise<string> {
  const dir = path.join(base, "kitchen-sink");
  await writeFiles(dir, {
    "problem.yaml": [
      "name: 'Kitchen: sink'",
      "validation: custom",
      "validator_flags: --strict  --mode=2",
      "tags: [dynamic programming, graphs]",
      "limits: {time_limit: 2.5, memory: 64}",
      "arbiter: {scoring: icpc, run_all_tests: true, difficulty: 5}",
      "",
    ].join("\n"),
    "problem_statement/problem.en.md": "# Ünïcode ✓\n",
    "output_validators/v/validate.py": "import sys\nsys.exit(42)\n",
    "data/sample/1.in": "s\n",
    "data/sample/1.ans": "s\n",
    "data/sample/testdata.yaml": "points: 1.5\n",
    "data/secret/10.in": "ten\n",
    "data/secret/10.ans": "10\n",
    "data/secret/9.in": "nine\n",
    "data/secret/9.ans": "9\n",
    "data/secret/testdata.yaml": "points: 10\n",
    "data/secret/b/1.in": new Uint8Array([0, 1, 2, 255]),
    "data/secret/b/1.ans": "",
    "data/secret/b/testdata.yaml": "points: 20\ndependencies: [a, secret]\n",
    "data/secret/a/x.in": "x\n",
    "data/secret/a/x.ans": "x\n",
    "data/secret/a/testdata.yaml": "points: 30\n",
    // A 2 MiB test of zeros: stored uncompressed by the zip export, or our importer would call it a bomb.
    "data/secret/a/zeros.in": new Uint8Array(2 * 1024 * 1024),
    "data/secret/a/zeros.ans": "0\n",
  });
  return dir;
}

describe("problem export", () => {
  const packages = [
    "aplusb",
    "circle-area",
    "guess-number",
    "subtasks-sum",
    "multi-pass-increment",
    "closest-score",
    "nested-groups",
    "sample-only",
    "header-validator",
    "kitchen-sink",
  ];

  it.each(packages)("round-trips %s: import → export (dir) → import → export (zip) → import", async (name) => {
    const source = name === "kitchen-sink" ? await kitchenSink() : path.join(DEMOS, name);
    const [first, second, third] = [1, 2, 3].map((n) => `${prefix}-${name}-${n}`) as [string, string, string];

    const imported = await importProblemPackage(db, source, { slug: first });
    expect(imported.warnings).toEqual([]);
    const original = await snapshot(first);

    const dir = path.join(base, `${name}-export`);
    await exportProblemToDir(db, first, dir);
    expect((await importProblemPackage(db, dir, { slug: second })).warnings).toEqual([]);
    expect(await snapshot(second)).toEqual(original);

    const zip = path.join(base, `${name}.zip`);
    await exportProblemToZip(db, second, zip);
    expect((await importProblemPackage(db, zip, { slug: third })).warnings).toEqual([]);
    expect(await snapshot(third)).toEqual(original);
  });

  it("writes the Kattis layout, with testdata.yaml for points and dependencies and the checker source", async () => {
    const dir = path.join(base, "subtasks-sum-export");
    const files = await listFiles(dir);
    expect(files.filter((f) => !f.endsWith(".in") && !f.endsWith(".ans"))).toEqual([
      "data/secret/large/testdata.yaml",
      "data/secret/small/testdata.yaml",
      "output_validators/checker/checker.cpp",
      "problem.yaml",
      "problem_statement/problem.en.md",
    ]);
    expect(await readFile(path.join(dir, "problem.yaml"), "utf8")).toContain(
      "validation: custom\nkeywords: hashing subtasks\nlimits:\n  time_limit: 1\n  memory: 256\n  output: 8\narbiter:\n  scoring: ioi\n  hidden_tests: per_test\n  difficulty: 2\n  checker: testlib\n  checker_language: cpp\n",
    );
    expect(await readFile(path.join(dir, "data/secret/large/testdata.yaml"), "utf8")).toBe(
      "points: 70\naccept_score: 70\ngrader_flags: min\narbiter_dependencies:\n  - secret/small\n",
    );
    expect(await readFile(path.join(base, "circle-area-export/problem.yaml"), "utf8")).toContain(
      "validator_flags: float_tolerance 0.000001\n",
    );
    expect(await readFile(path.join(base, "guess-number-export/problem.yaml"), "utf8")).toContain(
      "validation: custom interactive\n",
    );
    expect(await listFiles(path.join(base, "guess-number-export/output_validators"))).toEqual([
      "interactor/interactor.cpp",
    ]);
  });

  it("writes byte-identical zips for the same problem", async () => {
    const slug = `${prefix}-aplusb-1`;
    await exportProblemToZip(db, slug, path.join(base, "again-1.zip"));
    await exportProblemToZip(db, slug, path.join(base, "again-2.zip"));
    expect(await readFile(path.join(base, "again-1.zip"))).toEqual(await readFile(path.join(base, "again-2.zip")));
  });

  it("exports a problem imported before groups existed, deriving sample and secret groups", async () => {
    const slug = `${prefix}-legacy`;
    await db.problem.create({
      data: {
        slug,
        title: "Legacy",
        timeLimitMs: 1000,
        memoryLimitMb: 256,
        testCases: {
          create: [
            { index: 1, name: "sample/1", isSample: true, ...(await storeTestCaseFile(db, "1", "1")) },
            { index: 2, name: "odd name/../x", isSample: false, ...(await storeTestCaseFile(db, "2", "2")) },
          ],
        },
      },
    });
    const dir = path.join(base, "legacy");
    await exportProblemToDir(db, slug, dir);
    expect(await listFiles(path.join(dir, "data"))).toEqual([
      "sample/1.ans",
      "sample/1.in",
      "secret/1.ans",
      "secret/1.in",
      "secret/testdata.yaml",
    ]);
    // The stored default checker is case-sensitive: the export says so.
    expect(await readFile(path.join(dir, "problem.yaml"), "utf8")).toContain("validator_flags: case_sensitive\n");
  });

  it("refuses an unknown slug, a non-empty directory and an existing zip", async () => {
    await expect(exportProblemToDir(db, `${prefix}-missing`, path.join(base, "x"))).rejects.toThrow(
      new AppError("not_found", `No problem called ${prefix}-missing`),
    );
    const slug = `${prefix}-aplusb-1`;
    await expect(exportProblemToDir(db, slug, path.join(base, "aplusb-export"))).rejects.toThrow(/is not empty/);
    await expect(exportProblemToZip(db, slug, path.join(base, "aplusb.zip"))).rejects.toThrow(/already exists/);
    expect((await readdir(base)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
