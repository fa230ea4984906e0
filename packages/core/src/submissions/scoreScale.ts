import type { ScoringMode } from "@arbiter/shared";

/**
 * What a submission's score is out of. icpc and homework scores are percentages
 * (icpc is 100 or 0); ioi scores are points out of the non-sample groups' total,
 * except that an ioi problem without any points falls back to a percentage, exactly
 * as the judge scores it (packages/judge/src/scoring/score.ts).
 */
export type ScoreScale = { unit: "percent"; max: 100 } | { unit: "points"; max: number };

/** A test group as far as scoring is concerned. */
export interface ScoredGroup {
  name: string;
  points: number;
}

/** The scale of a problem's scores, from its scoring mode and groups. */
export function scoreScale(scoring: ScoringMode, groups: readonly ScoredGroup[]): ScoreScale {
  if (scoring !== "ioi") return { unit: "percent", max: 100 };
  const total = groups.filter((g) => !isSampleGroup(g.name)).reduce((sum, g) => sum + g.points, 0);
  return total > 0 ? { unit: "points", max: Math.round(total * 100) / 100 } : { unit: "percent", max: 100 };
}

/** The judge's rule: "sample" and anything under "sample/" holds sample tests. */
function isSampleGroup(name: string): boolean {
  return name === "sample" || name.startsWith("sample/");
}
