export interface ClusterPair {
  leftId: string;
  rightId: string;
  similarity: number;
}

export interface Cluster {
  /** Sorted ids of the submissions linked together. */
  submissionIds: string[];
  maxSimilarity: number;
}

/**
 * Groups of submissions linked, directly or through others, by pairs at or above
 * `threshold`, keeping only groups of at least `minPeople` different people (two
 * submissions by the same student do not make a ring). Largest first, then by their
 * strongest pair.
 */
export function findClusters(
  pairs: readonly ClusterPair[],
  threshold: number,
  ownerOf: ReadonlyMap<string, string>,
  minPeople = 3,
): Cluster[] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(id, r);
    return r;
  };
  const strong = pairs.filter((p) => p.similarity >= threshold);
  for (const p of strong) {
    if (!parent.has(p.leftId)) parent.set(p.leftId, p.leftId);
    if (!parent.has(p.rightId)) parent.set(p.rightId, p.rightId);
    const a = root(p.leftId);
    const b = root(p.rightId);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  const members = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const r = root(id);
    members.set(r, [...(members.get(r) ?? []), id]);
  }
  const best = new Map<string, number>();
  for (const p of strong) {
    const r = root(p.leftId);
    best.set(r, Math.max(best.get(r) ?? 0, p.similarity));
  }
  return [...members.entries()]
    .filter(([, ids]) => new Set(ids.map((id) => ownerOf.get(id) ?? id)).size >= minPeople)
    .map(([r, ids]) => ({ submissionIds: ids.sort(), maxSimilarity: best.get(r) ?? 0 }))
    .sort((a, b) => b.submissionIds.length - a.submissionIds.length || b.maxSimilarity - a.maxSimilarity);
}
