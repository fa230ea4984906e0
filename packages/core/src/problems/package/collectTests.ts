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
  /** "sample", "secret" or "secret/<group>": the directory below data/. */
  name: string;
  /** Sorted naturally by stem (so 2 comes before 10). */
  tests: TestFiles[];
}

export interface CollectedTests {
  /** In judging order: sample, secret's own tests, then secret's subgroups sorted naturally. Empty groups are left out. */
  groups: GroupFiles[];
  warnings: string[];
}

/** Directories below data/ that hold validator test cases (newer formats), not tests for submissions. */
const VALIDATOR_TEST_DIRS = /^(invalid_inputs?|invalid_outputs?|invalid_answers?|valid_outputs?)$/;

/**
 * Finds the package's tests and their groups. Every `.in` needs its `.ans` and the
 * reverse; other files (images, .md, .interaction, testdata.yaml) are left alone.
 * Groups may be nested one level below data/secret; anything that would silently
 * drop tests the author wrote (deeper groups, unknown directories) is an error.
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

  const groups: GroupFiles[] = [];
  const sample = collectGroup(source, "sample");
  for (const sub of sample.subdirs) {
    throw new ProblemPackageError(`${shown(sub)} is a directory; data/sample cannot have groups`);
  }
  if (sample.group.tests.length > 0) groups.push(sample.group);

  const secret = collectGroup(source, "secret");
  if (secret.group.tests.length > 0) groups.push(secret.group);
  for (const sub of secret.subdirs.sort(naturalCompare)) {
    const nested = collectGroup(source, sub.slice("data/".length));
    const deeper = nested.subdirs[0];
    if (deeper !== undefined) {
      throw new ProblemPackageError(`${shown(deeper)}: groups can be nested only one level below data/secret`);
    }
    if (nested.group.tests.length === 0) throw new ProblemPackageError(`${shown(sub)} has no tests (.in/.ans pairs)`);
    groups.push(nested.group);
  }

  if (!groups.some((g) => g.name.startsWith("secret"))) {
    throw new ProblemPackageError("data/secret has no tests: add at least one .in/.ans pair");
  }
  return { groups, warnings };
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
