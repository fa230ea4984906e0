import { naturalCompare } from "./naturalCompare";
import { childrenOf, type PackageSource } from "./PackageSource";
import { ProblemPackageError, shown } from "./ProblemPackageError";

export interface TestFiles {
  /** File name without extension, e.g. "10" for data/secret/10.in. */
  stem: string;
  inputRel: string;
  answerRel: string;
}

export interface GroupFiles {
  /** "sample", "secret", "secret/<group>", "secret/<group>/<subgroup>"…: the directory below data/. */
  name: string;
  /** Sorted naturally by stem (so 2 comes before 10). */
  tests: TestFiles[];
}

export interface CollectedTests {
  /** In judging order: sample, then secret, each group's own tests before its subgroups (sorted naturally), at any depth. Empty groups are left out. */
  groups: GroupFiles[];
  warnings: string[];
}

/** Directories below data/ that hold validator test cases (newer formats), not tests for submissions. */
const VALIDATOR_TEST_DIRS = /^(invalid_inputs?|invalid_outputs?|invalid_answers?|valid_outputs?)$/;

/**
 * Finds the package's tests and their groups. Every `.in` needs its `.ans` and the
 * reverse; other files the format allows beside them (`.interaction`, `.hint`, `.desc`,
 * `.in.statement`, `.ans.statement`, `.out`, `.args`, `.files`, images, testdata.yaml)
 * are left alone. Groups nest at any depth below data/sample and data/secret. A problem
 * may have only samples (they are then its only tests). Anything that would silently
 * drop tests the author wrote (unknown directories, empty groups) is an error.
 */
export function collectTests(source: PackageSource): CollectedTests {
  const warnings: string[] = [];
  for (const entry of childrenOf(source, "data")) {
    const name = entry.rel.slice("data/".length);
    if (entry.kind === "dir" && name !== "sample" && name !== "secret") {
      if (!VALIDATOR_TEST_DIRS.test(name)) {
        throw new ProblemPackageError(
          `${shown(entry.rel)} is not a test group: tests go in data/sample, data/secret or data/secret/<group>`,
        );
      }
      warnings.push(`${shown(entry.rel)} holds validator tests: ignored`);
    } else if (entry.kind === "file" && /\.(in|ans)$/.test(name)) {
      warnings.push(`${shown(entry.rel)} is not in data/sample or data/secret: ignored`);
    }
  }

  const groups = [...collectTree(source, "sample", true), ...collectTree(source, "secret", true)];
  if (groups.length === 0) {
    throw new ProblemPackageError("data/ has no tests: add .in/.ans pairs to data/secret (or data/sample)");
  }
  return { groups, warnings };
}

/** A group and everything below it: its own tests first, then each subgroup in natural order. */
function collectTree(source: PackageSource, name: string, top: boolean): GroupFiles[] {
  const here = collectGroup(source, name);
  const below = here.subdirs
    .sort(naturalCompare)
    .flatMap((sub) => collectTree(source, sub.slice("data/".length), false));
  if (!top && here.group.tests.length === 0 && below.length === 0) {
    throw new ProblemPackageError(`data/${shown(name)} has no tests (.in/.ans pairs)`);
  }
  return here.group.tests.length > 0 ? [here.group, ...below] : below;
}

function collectGroup(source: PackageSource, name: string): { group: GroupFiles; subdirs: string[] } {
  const dirRel = `data/${name}`;
  const stems = new Map<string, { in?: string; ans?: string }>();
  const subdirs: string[] = [];
  for (const entry of childrenOf(source, dirRel)) {
    const file = entry.rel.slice(dirRel.length + 1);
    if (entry.kind === "dir") {
      subdirs.push(entry.rel);
      continue;
    }
    const match = /^(.+)\.(in|ans)$/.exec(file);
    if (!match?.[1] || !match[2]) continue;
    const files = stems.get(match[1]) ?? {};
    files[match[2] === "in" ? "in" : "ans"] = entry.rel;
    stems.set(match[1], files);
  }

  const tests = [...stems.keys()].sort(naturalCompare).map((stem) => {
    const files = stems.get(stem) ?? {};
    if (!files.ans) throw new ProblemPackageError(`${shown(`${dirRel}/${stem}.in`)} has no matching .ans file`);
    if (!files.in) throw new ProblemPackageError(`${shown(`${dirRel}/${stem}.ans`)} has no matching .in file`);
    return { stem, inputRel: files.in, answerRel: files.ans };
  });
  return { group: { name, tests }, subdirs };
}
