import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { getProblemPage } from "./getProblemPage";
import { importProblemFromDir } from "./importProblemFromDir";
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

describe("importProblemFromDir", () => {
  it("imports the demo package", async () => {
    expect(await importProblemFromDir(db, pkg, { slug })).toEqual({ slug, title: "A+B", tests: 10, created: true });

    const cases = await db.testCase.findMany({ where: { problem: { slug } }, orderBy: { index: "asc" } });
    expect(cases.map((c) => [c.index, c.name, c.isSample])).toEqual([
      [1, "sample/1", true],
      [2, "sample/2", true],
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n + 2, `secret/${n}`, false]),
    ]);
    expect(Buffer.from(cases[4]?.answer ?? []).toString()).toBe("2000000000\n");

    const page = await getProblemPage(db, slug);
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
    expect(await importProblemFromDir(db, pkg, { slug })).toEqual({
      slug,
      title: "A plus B",
      tests: 9,
      created: false,
    });

    const after = await db.problem.findUniqueOrThrow({
      where: { slug },
      include: { _count: { select: { testCases: true } } },
    });
    expect(after).toMatchObject({ id: before.id, title: "A plus B", timeLimitMs: 2000, memoryLimitMb: 512 });
    expect(after._count.testCases).toBe(9);
    expect(await db.submission.findUnique({ where: { id: submission.id } })).toMatchObject({ problemId: before.id });
  });

  it("writes nothing when the package is invalid", async () => {
    await rm(path.join(pkg, "data/secret/1.ans"));
    const failed = `${slug}-bad`;
    await expect(importProblemFromDir(db, pkg, { slug: failed })).rejects.toThrow(ProblemPackageError);
    await expect(importProblemFromDir(db, pkg, { slug })).rejects.toThrow("data/secret/1.in has no matching .ans file");
    expect(await db.problem.findUnique({ where: { slug: failed } })).toBeNull();
    expect(await db.testCase.count({ where: { problem: { slug } } })).toBe(9);
  });

  it("rejects an invalid slug before reading anything", async () => {
    await expect(importProblemFromDir(db, pkg, { slug: "Bad Slug" })).rejects.toThrow(/not a valid problem slug/);
  });

  it("reports an unknown problem as not_found", async () => {
    await expect(getProblemPage(db, `${slug}-missing`)).rejects.toThrow(
      new AppError("not_found", `No problem called ${slug}-missing`),
    );
  });
});
