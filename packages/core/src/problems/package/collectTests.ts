import { naturalCompare } from "./naturalCompare";
import { ProblemPackageError, shown } from "./ProblemPackageError";
import type { ScannedPackage } from "./scanPackage";

export type TestGroup = "sample" | "secret";

export interface TestFiles {
  group: TestGroup;
  /** File name without extension, e.g. "10" for data/secret/10.in. */
  stem: string;
  inputRel: string;
  answerRel: string;
}

/**
 * The package's tests in judging order: samples, then secret tests, each sorted
 * naturally by stem (so 2 comes before 10). Every `.in` needs its `.ans` and the
 * reverse; other files (images, .md, testdata.yaml) are left alone.
 */
export function collectTests(pkg: ScannedPackage): TestFiles[] {
  const tests = [...collectGroup(pkg, "sample"), ...collectGroup(pkg, "secret")];
  if (!tests.some((t) => t.group === "secret")) {
    throw new ProblemPackageError("data/secret has no tests: add at least one .in/.ans pair");
  }
  return tests;
}

function collectGroup(pkg: ScannedPackage, group: TestGroup): TestFiles[] {
  const dirRel = `data/${group}`;
  const stems = new Map<string, { in?: string; ans?: string }>();
  for (const entry of pkg.entries.values()) {
    if (!entry.rel.startsWith(`${dirRel}/`)) continue;
    const name = entry.rel.slice(dirRel.length + 1);
    if (name.includes("/")) continue; // reported through its top-level directory below
    if (entry.kind === "dir") {
      // Silently skipping them would judge with fewer tests than the author wrote.
      throw new ProblemPackageError(
        `${shown(entry.rel)} is a directory; test groups in subdirectories are not supported`,
      );
    }
    const match = /^(.+)\.(in|ans)$/.exec(name);
    if (!match?.[1] || !match[2]) continue;
    const files = stems.get(match[1]) ?? {};
    files[match[2] === "in" ? "in" : "ans"] = entry.rel;
    stems.set(match[1], files);
  }

  return [...stems.keys()].sort(naturalCompare).map((stem) => {
    const files = stems.get(stem) ?? {};
    if (!files.ans) throw new ProblemPackageError(`${shown(`${dirRel}/${stem}.in`)} has no matching .ans file`);
    if (!files.in) throw new ProblemPackageError(`${shown(`${dirRel}/${stem}.ans`)} has no matching .in file`);
    return { group, stem, inputRel: files.in, answerRel: files.ans };
  });
}
