import type { ScoringMode } from "@arbiter/shared";
import type { GroupFiles } from "./collectTests";
import type { TestdataSettings } from "./parseTestdataYaml";
import { ProblemPackageError, shown } from "./ProblemPackageError";

export interface PackageGroup {
  /** "sample", "secret" or "secret/<group>". */
  name: string;
  /** What passing every test of the group is worth under IOI scoring. */
  points: number;
  /** Full names of groups judged earlier that must pass first. */
  dependencies: string[];
  /** How its tests make its score under IOI scoring: ["sum"], ["avg"], ["min"] or ["max"]. */
  graderFlags: string[];
  /** on_reject: break (Kattis' default for scoring problems): stop the group at its first rejection. */
  stopOnReject: boolean;
}

const AGGREGATIONS = ["sum", "avg", "min", "max"];

/**
 * Works out each group's points and dependencies from the testdata.yaml files,
 * keyed by their directory below data/ ("" for data/testdata.yaml itself), and
 * the judging order: the groups' own order, except that a group comes after the
 * groups it depends on (so secret/large can depend on secret/small).
 *
 * Points come from the group's own `points` (Arbiter's key: worth that if every
 * test passes, so aggregated by min). Failing that, from Kattis's `accept_score`
 * (default 1) and `grader_flags`, each taken (as problemtools does) from the group's
 * testdata.yaml or, where it lacks the key, the closest ancestor's: under `sum`
 * (Kattis's default) accept_score per test, under `avg`, `min` or `max` accept_score
 * for the group, aggregated that way by the judge. Samples and non-IOI problems'
 * groups are worth 0 unless they say otherwise. `on_reject` is inherited the same way.
 */
export function resolveGroups(
  groups: readonly GroupFiles[],
  settings: ReadonlyMap<string, TestdataSettings>,
  scoring: ScoringMode,
): { groups: PackageGroup[]; warnings: string[] } {
  const warnings: string[] = [];
  const resolved: PackageGroup[] = [];
  for (const group of groups) {
    const own = settings.get(group.name);
    const chain = settingsChain(group.name, settings);
    const acceptScore = chain.find((s) => s.acceptScore !== undefined)?.acceptScore;
    const flags = chain.find((s) => s.graderFlags !== undefined)?.graderFlags ?? [];
    const aggregation = own?.points !== undefined ? "min" : (AGGREGATIONS.find((a) => flags.includes(a)) ?? "sum");
    const sample = group.name === "sample" || group.name.startsWith("sample/");
    const perTest = aggregation === "sum" ? group.tests.length : 1;
    let points: number;
    if (own?.points !== undefined) points = own.points;
    else if (sample) points = own?.acceptScore !== undefined ? own.acceptScore * perTest : 0;
    else if (scoring === "ioi") points = (acceptScore ?? 1) * perTest;
    else points = 0;
    const onReject = chain.find((s) => s.onReject !== undefined)?.onReject ?? "break";

    resolved.push({
      name: group.name,
      points,
      dependencies: resolveDependencies(group.name, own, groups),
      // Only scoring (ioi) problems aggregate groups; the others keep none, so exports stay canonical.
      graderFlags: scoring === "ioi" ? [aggregation] : [],
      stopOnReject: scoring === "ioi" && onReject === "break",
    });
    for (const key of own?.ignored ?? []) warnings.push(`data/${group.name}: ${key} is not supported: ignored`);
  }
  return { groups: dependenciesFirst(resolved), warnings };
}

/**
 * The testdata.yaml settings that apply to a group, nearest first: its own, then its
 * ancestors' up to data/testdata.yaml. Kattis takes each key missing from a group's
 * file from the closest ancestor that has it.
 */
export function settingsChain(name: string, settings: ReadonlyMap<string, TestdataSettings>): TestdataSettings[] {
  return [name, ...ancestors(name)].flatMap((dir) => settings.get(dir) ?? []);
}

/** "secret/a" → ["secret", ""]; "secret" → [""]. */
function ancestors(name: string): string[] {
  const parts = name.split("/");
  return parts.map((_, i) => parts.slice(0, parts.length - 1 - i).join("/"));
}

/**
 * Dependencies name groups by full name ("secret/small") or, for a sibling, by its
 * own name ("small").
 */
function resolveDependencies(
  name: string,
  settings: TestdataSettings | undefined,
  groups: readonly GroupFiles[],
): string[] {
  const parent = name.includes("/") ? name.slice(0, name.lastIndexOf("/")) : "";
  const resolved = (settings?.dependencies ?? []).map((dep) => {
    const full = dep.includes("/") || dep === "sample" || dep === "secret" || !parent ? dep : `${parent}/${dep}`;
    if (full === name)
      throw new ProblemPackageError(`data/${shown(name)}/testdata.yaml: a group cannot depend on itself`);
    if (!groups.some((g) => g.name === full)) {
      throw new ProblemPackageError(
        `data/${shown(name)}/testdata.yaml: dependency "${shown(dep.slice(0, 60))}" is not a test group of this package`,
      );
    }
    return full;
  });
  return [...new Set(resolved)];
}

/** A stable topological order: each time, the first group whose dependencies are all placed. */
function dependenciesFirst(groups: readonly PackageGroup[]): PackageGroup[] {
  const ordered: PackageGroup[] = [];
  const placed = new Set<string>();
  while (ordered.length < groups.length) {
    const next = groups.find((g) => !placed.has(g.name) && g.dependencies.every((d) => placed.has(d)));
    if (!next) {
      const stuck = groups.filter((g) => !placed.has(g.name)).map((g) => `data/${shown(g.name)}`);
      throw new ProblemPackageError(`The dependencies of ${stuck.join(", ")} form a cycle`);
    }
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
}
