import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readTestFile } from "../testFiles/readTestFiles";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { getProblemPage } from "./getProblemPage";
import { importProblemPackage } from "./importProblemPackage";
import { listProblems } from "./listProblems";
import { ProblemPackageError } from "./package/ProblemPackageError";

const DEMO = path.resolve(import.meta.dirname, "../../../../infra/demo/problems/aplusb");
const run = randomBytes(4).toString("hex");
const slug = `itest-aplusb-${run}`;
const email = `itest-import-${run}@example.test`;

let db: PrismaClient;
let base: string;
let pkg: string;

beforeAll(async () => {
  db = createPrismaClient();
  base = await mkdtemp(path.join(tmpdir(), "arbiter-import-"));
  pkg = path.join(base, "aplusb");
  await cp(DEMO, pkg, { recursive: true });
});

afterAll(async () => {
  await db.submission.deleteMany({ where: { problem: { slug: { startsWith: `itest-aplusb-${run}` } } } });
  await db.problem.deleteMany({ where: { slug: { startsWith: `itest-aplusb-${run}` } } });
  await db.user.deleteMany({ where: { email } });
  await db.$disconnect();
  await rm(base, { recursive: true, force: true });
});

describe("importProblemPackage", () => {
  it("imports the demo package", async () => {
    expect(await importProblemPackage(db, pkg, { slug })).toEqual({
      slug,
      title: "A+B",
      tests: 10,
      groups: 2,
      created: true,
      warnings: [],
    });

    const cases = await db.testCase.findMany({ where: { problem: { slug } }, orderBy: { index: "asc" } });
    expect(cases.map((c) => [c.index, c.name, c.isSample])).toEqual([
      [1, "sample/1", true],
      [2, "sample/2", true],
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n + 2, `secret/${n}`, false]),
    ]);
    expect((await readTestFile(db, cases[4]!.answerHash)).toString()).toBe("4000000000\n");
    const groups = await db.testGroup.findMany({ where: { problem: { slug } }, orderBy: { index: "asc" } });
    expect(groups.map((g) => [g.index, g.name, g.points])).toEqual([
      [1, "sample", 0],
      [2, "secret", 0],
    ]);
    const [sampleGroup, secretGroup] = groups.map((g) => g.id);
    expect(cases.map((c) => c.groupId)).toEqual([
      ...Array<string | undefined>(2).fill(sampleGroup),
      ...Array<string | undefined>(8).fill(secretGroup),
    ]);
    expect(await db.problem.findUnique({ where: { slug } })).toMatchObject({
      scoring: "homework",
      checker: { kind: "default", caseSensitive: false, spaceChangeSensitive: false },
      interactive: false,
      runAllTests: false,
      // The demo is a practice problem: each hidden verdict is shown (never time or memory).
      hiddenTestDisclosure: "per_test",
      tags: ["implementation"],
      difficulty: 1,
    });

    const page = await getProblemPage(db, { id: "import-test-viewer", role: "student" }, slug);
    expect(page).toMatchObject({ slug, title: "A+B", timeLimitMs: 1000, memoryLimitMb: 256 });
    expect(page.statement).toContain("$a + b$");
    expect(page.samples).toEqual([
      { index: 1, input: "1 2\n", answer: "3\n" },
      { index: 2, input: "-5 12\n", answer: "7\n" },
    ]);
    expect(await listProblems(db)).toContainEqual({ slug, title: "A+B", timeLimitMs: 1000, memoryLimitMb: 256 });
  });

  it("re-imports in place: same problem row, submissions kept, tests replaced", async () => {
    const before = await db.problem.findUniqueOrThrow({ where: { slug } });
    const user = await db.user.create({ data: { email, name: "Import Test" } });
    const submission = await db.submission.create({
      data: { userId: user.id, problemId: before.id, language: "python3", source: "print(3)" },
    });

    await writeFile(path.join(pkg, "problem.yaml"), "name: A plus B\nlimits: {time_limit: 2, memory: 512}\n");
    await rm(path.join(pkg, "data/secret/8.in"));
    await rm(path.join(pkg, "data/secret/8.ans"));
    expect(await importProblemPackage(db, pkg, { slug })).toMatchObject({
      slug,
      title: "A plus B",
      tests: 9,
      created: false,
    });

    const after = await db.problem.findUniqueOrThrow({
      where: { slug },
      include: { _count: { select: { testCases: true } } },
    });
    expect(after).toMatchObject({
      id: before.id,
      title: "A plus B",
      timeLimitMs: 2000,
      memoryLimitMb: 512,
      scoring: "icpc",
      tags: [],
      difficulty: null,
    });
    expect(await db.testGroup.count({ where: { problemId: before.id } })).toBe(2);
    expect(after._count.testCases).toBe(9);
    expect(await db.submission.findUnique({ where: { id: submission.id } })).toMatchObject({ problemId: before.id });
  });

  it("writes nothing when the package is invalid", async () => {
    await rm(path.join(pkg, "data/secret/1.ans"));
    const failed = `${slug}-bad`;
    await expect(importProblemPackage(db, pkg, { slug: failed })).rejects.toThrow(ProblemPackageError);
    await expect(importProblemPackage(db, pkg, { slug })).rejects.toThrow("data/secret/1.in has no matching .ans file");
    expect(await db.problem.findUnique({ where: { slug: failed } })).toBeNull();
    expect(await db.testCase.count({ where: { problem: { slug } } })).toBe(9);
  });

  it("rejects an invalid slug before reading anything", async () => {
    await expect(importProblemPackage(db, pkg, { slug: "Bad Slug" })).rejects.toThrow(/not a valid problem slug/);
  });

  it("reports an unknown problem as not_found", async () => {
    await expect(getProblemPage(db, { id: "import-test-viewer", role: "student" }, `${slug}-missing`)).rejects.toThrow(
      new AppError("not_found", `No problem called ${slug}-missing`),
    );
  });
});
