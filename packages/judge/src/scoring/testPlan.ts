/** A group of tests as the judge runs them: in order, with the group's points and dependencies. */
export interface PlannedGroup<T> {
  name: string;
  points: number;
  dependencies: string[];
  sample: boolean;
  /** How the group's tests make its score (Kattis grader_flags). */
  graderFlags: string[];
  /** on_reject: break — stop at the group's first rejected test. */
  stopOnReject: boolean;
  tests: T[];
}

interface GroupRow {
  id: string;
  name: string;
  index: number;
  points: number;
  dependencies: string[];
  graderFlags?: string[];
  stopOnReject?: boolean;
}

interface TestRow {
  index: number;
  isSample: boolean;
  groupId: string | null;
}

/**
 * Orders a problem's tests into groups. Tests without a group (problems imported before
 * groups existed) fall into implicit "sample" and "secret" groups.
 */
export function planTests<T extends TestRow>(groups: readonly GroupRow[], tests: readonly T[]): PlannedGroup<T>[] {
  const byIndex = [...tests].sort((a, b) => a.index - b.index);
  const planned: PlannedGroup<T>[] = [...groups]
    .sort((a, b) => a.index - b.index)
    .map((g) => ({
      name: g.name,
      points: g.points,
      dependencies: g.dependencies,
      sample: g.name === "sample" || g.name.startsWith("sample/"),
      graderFlags: g.graderFlags ?? [],
      stopOnReject: g.stopOnReject ?? false,
      tests: byIndex.filter((t) => t.groupId === g.id),
    }));
  const loose = byIndex.filter((t) => t.groupId === null || !groups.some((g) => g.id === t.groupId));
  const implicit = (name: string, sample: boolean): PlannedGroup<T> => ({
    name,
    points: 0,
    dependencies: [],
    sample,
    graderFlags: [],
    stopOnReject: false,
    tests: loose.filter((t) => t.isSample === sample),
  });
  const extra = [implicit("sample", true), implicit("secret", false)].filter((g) => g.tests.length > 0);
  return [...extra.filter((g) => g.sample), ...planned, ...extra.filter((g) => !g.sample)].filter(
    (g) => g.tests.length > 0,
  );
}
