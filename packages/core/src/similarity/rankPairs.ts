import type { EngineFragment, EnginePair } from "./engine";

/** Most pairs a check stores: beyond a few hundred, nobody reads them, and 2,000 submissions make two million. */
export const MAX_STORED_PAIRS = 500;

export interface RankedPair {
  rank: number;
  leftId: string;
  rightId: string;
  language: string;
  similarity: number;
  /** Lines of the longest matched fragment (the longer of its two sides). */
  longestFragment: number;
  /** Longest first, then in the order of the left source. */
  fragments: EngineFragment[];
}

/**
 * Pairs of every language ranked by similarity, highest first; equal similarity puts
 * the longer shared fragment first, then the ids decide, so a re-run ranks alike.
 * Pairs that share nothing are dropped, and at most `limit` are kept (the engine builds
 * fragments for that many per language, enough for any mix of languages).
 */
export function rankPairs(
  byLanguage: readonly { language: string; pairs: readonly EnginePair[] }[],
  limit = MAX_STORED_PAIRS,
): RankedPair[] {
  const all = byLanguage.flatMap(({ language, pairs }) =>
    pairs
      .filter((p) => p.similarity > 0)
      .map((p) => {
        const [leftId, rightId, fragments] =
          p.leftId <= p.rightId ? [p.leftId, p.rightId, p.fragments] : [p.rightId, p.leftId, p.fragments.map(swap)];
        const sorted = [...fragments].sort(
          (a, b) => fragmentLines(b) - fragmentLines(a) || a.left.startLine - b.left.startLine,
        );
        return {
          leftId,
          rightId,
          language,
          similarity: p.similarity,
          longestFragment: sorted[0] ? fragmentLines(sorted[0]) : 0,
          fragments: sorted,
        };
      }),
  );
  all.sort(
    (a, b) =>
      b.similarity - a.similarity ||
      b.longestFragment - a.longestFragment ||
      (a.leftId < b.leftId ? -1 : a.leftId > b.leftId ? 1 : a.rightId < b.rightId ? -1 : 1),
  );
  return all.slice(0, limit).map((p, i) => ({ rank: i + 1, ...p }));
}

function fragmentLines(f: EngineFragment): number {
  return Math.max(f.left.endLine - f.left.startLine, f.right.endLine - f.right.startLine) + 1;
}

function swap(f: EngineFragment): EngineFragment {
  return { left: f.right, right: f.left };
}
