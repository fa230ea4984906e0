import type { PrismaClient } from "@arbiter/db/client";
import { checkerConfigSchema, scoringSchema } from "@arbiter/shared";
import { stringify } from "yaml";
import { AppError } from "../../errors";
import { readTestFile } from "../../testFiles/readTestFiles";
import { naturalCompare } from "../package/naturalCompare";
import { checkerFileRel, renderProblemYaml } from "./renderProblemYaml";

/** One file of an exported package. */
export interface PackageFile {
  /** "/"-separated path inside the package, built only from checked segments. */
  rel: string;
  bytes: Uint8Array;
}

/** A problem's data that cannot be written as a package (a bug elsewhere, not the operator's mistake). */
export class ProblemExportError extends Error {
  override readonly name = "ProblemExportError";
}

const text = (s: string) => new TextEncoder().encode(s);

/**
 * Renders a stored problem as a Kattis-format package in memory: problem.yaml,
 * the statement, data/<group>/<test>.in/.ans with a testdata.yaml per group for
 * points and dependencies, and the custom checker under output_validators/.
 * Throws `AppError("not_found")` for an unknown slug.
 */
export async function renderProblemPackage(db: PrismaClient, slug: string): Promise<PackageFile[]> {
  const problem = await db.problem.findUnique({
    where: { slug },
    include: { testGroups: { orderBy: { index: "asc" } }, testCases: { orderBy: { index: "asc" } } },
  });
  if (!problem) throw new AppError("not_found", `No problem called ${slug.slice(0, 100)}`);
  const checker = checkerConfigSchema.safeParse(problem.checker);
  if (!checker.success) throw new ProblemExportError(`Problem ${slug} has an invalid checker configuration`);
  if (problem.interactive && checker.data.kind !== "icpc") {
    throw new ProblemExportError(`Problem ${slug} is interactive but has no ICPC interactor`);
  }

  const files: PackageFile[] = [
    {
      rel: "problem.yaml",
      bytes: text(
        renderProblemYaml({ ...problem, scoring: scoringSchema.parse(problem.scoring), checker: checker.data }),
      ),
    },
    { rel: "problem_statement/problem.en.md", bytes: text(problem.statement) },
  ];
  if (checker.data.kind !== "default") {
    files.push({ rel: checkerFileRel(checker.data, problem.interactive), bytes: text(checker.data.source) });
  }

  const groupNames = new Map(problem.testGroups.map((g) => [g.id, g.name]));
  const byGroup = new Map<string, typeof problem.testCases>();
  for (const test of problem.testCases) {
    // Problems imported before groups existed have none: samples and secret tests.
    const group = (test.groupId && groupNames.get(test.groupId)) || (test.isSample ? "sample" : "secret");
    const tests = byGroup.get(group) ?? [];
    tests.push(test);
    byGroup.set(group, tests);
  }
  const groups = [...problem.testGroups];
  for (const name of byGroup.keys()) {
    if (!groups.some((g) => g.name === name)) groups.push({ ...emptyGroup, name });
  }
  for (const group of groups) {
    const tests = byGroup.get(group.name) ?? [];
    if (tests.length === 0) continue; // an empty group judges nothing, and packages cannot express one
    if (!isGroupName(group.name)) throw new ProblemExportError(`Group "${group.name.slice(0, 60)}" cannot be exported`);
    const stems = testStems(group.name, tests);
    for (const [i, test] of tests.entries()) {
      const stem = stems[i] ?? String(i + 1);
      files.push(
        { rel: `data/${group.name}/${stem}.in`, bytes: await readTestFile(db, test.inputHash) },
        { rel: `data/${group.name}/${stem}.ans`, bytes: await readTestFile(db, test.answerHash) },
      );
    }
    const settings = testdataYaml({ ...group, size: tests.length }, problem.scoring === "ioi");
    if (settings) files.push({ rel: `data/${group.name}/testdata.yaml`, bytes: text(settings) });
  }
  if (problem.graderFlags.length > 0) {
    files.push({
      rel: "data/testdata.yaml",
      bytes: text(stringify({ grader_flags: problem.graderFlags.join(" ") }, { lineWidth: 0 })),
    });
  }
  return files;
}

const emptyGroup = {
  id: "",
  problemId: "",
  index: 0,
  points: 0,
  dependencies: [] as string[],
  graderFlags: [] as string[],
  stopOnReject: false,
};

/** sample or secret, then groups at any depth with safe names. */
function isGroupName(name: string): boolean {
  const [top, ...subs] = name.split("/");
  return (top === "sample" || top === "secret") && subs.every(isSafeSegment);
}

/** A file or directory name that stays inside its directory on any system. */
function isSafeSegment(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  const unsafe = /[/\\\u0000-\u001f\u007f:]/;
  return name.length > 0 && name.length <= 200 && name !== "." && name !== ".." && !unsafe.test(name);
}

/**
 * File stems for a group's tests: the names they were imported with ("secret/7" → "7"),
 * unless those are unusable or would sort into a different judging order on
 * re-import, in which case the tests are numbered in judging order.
 */
function testStems(group: string, tests: readonly { name: string }[]): string[] {
  const stems = tests.map((t) => (t.name.startsWith(`${group}/`) ? t.name.slice(group.length + 1) : ""));
  const usable =
    stems.every(isSafeSegment) &&
    new Set(stems).size === stems.length &&
    stems.every((s, i) => i === 0 || naturalCompare(stems[i - 1] ?? "", s) < 0);
  return usable ? stems : tests.map((_, i) => String(i + 1));
}

/**
 * A group's testdata.yaml, or undefined when it would only repeat the defaults (samples
 * worth 0). A group aggregated by min is written with Arbiter's `points` (all tests
 * accepted, or nothing), the others with Kattis' accept_score and grader_flags, so that
 * importing it back, here or in Kattis' tools, scores the same.
 */
function testdataYaml(
  group: {
    name: string;
    points: number;
    dependencies: string[];
    graderFlags: string[];
    stopOnReject: boolean;
    size: number;
  },
  ioi: boolean,
): string | undefined {
  const sample = group.name === "sample" || group.name.startsWith("sample/");
  if (sample && group.points === 0 && group.dependencies.length === 0) return undefined;
  const aggregation = group.graderFlags.find((f) => ["sum", "avg", "max"].includes(f));
  const yaml: Record<string, unknown> =
    aggregation === undefined || !ioi
      ? { points: group.points, ...(ioi ? { accept_score: group.points, grader_flags: "min" } : {}) }
      : {
          accept_score: aggregation === "sum" ? group.points / Math.max(1, group.size) : group.points,
          grader_flags: aggregation,
        };
  if (ioi && !group.stopOnReject) yaml.on_reject = "continue";
  if (group.dependencies.length > 0) yaml.arbiter_dependencies = group.dependencies;
  return stringify(yaml, { lineWidth: 0 });
}
