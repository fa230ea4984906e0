import type { SimilarityScope } from "@arbiter/shared";

export interface CandidateSubmission {
  id: string;
  /** The participant: the student, or the contest participant row (a team shares one). */
  ownerId: string;
  createdAt: Date;
}

/**
 * The submissions a check compares. "all": every one. "counted": one per participant,
 * the one that counts for their grade or score (`counted`, by owner) when it is among
 * the candidates, else their newest. Ordered by owner then time, so a check is repeatable.
 */
export function selectSubmissions<T extends CandidateSubmission>(
  candidates: readonly T[],
  scope: SimilarityScope,
  counted: ReadonlyMap<string, string> = new Map(),
): T[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      compareText(a.ownerId, b.ownerId) || a.createdAt.getTime() - b.createdAt.getTime() || compareText(a.id, b.id),
  );
  if (scope === "all") return sorted;
  const chosen = new Map<string, T>();
  for (const s of sorted) {
    const current = chosen.get(s.ownerId);
    if (current && current.id === counted.get(s.ownerId)) continue;
    chosen.set(s.ownerId, s);
  }
  return [...chosen.values()];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
