import { describe, expect, it } from "vitest";
import type { EngineFragment } from "./engine";
import { rankPairs } from "./rankPairs";

const span = (startLine: number, endLine: number) => ({ startLine, startCol: 1, endLine, endCol: 1 });
const frag = (l: [number, number], r: [number, number]): EngineFragment => ({ left: span(...l), right: span(...r) });

describe("rankPairs", () => {
  it("ranks every language together, highest similarity first, longest fragment breaking ties", () => {
    const ranked = rankPairs([
      {
        language: "cpp",
        pairs: [
          { leftId: "a", rightId: "b", similarity: 0.5, fragments: [frag([1, 3], [1, 3])] },
          { leftId: "a", rightId: "c", similarity: 0.9, fragments: [frag([1, 2], [4, 5])] },
        ],
      },
      {
        language: "python3",
        pairs: [{ leftId: "x", rightId: "y", similarity: 0.5, fragments: [frag([1, 10], [1, 10])] }],
      },
    ]);
    expect(ranked.map((p) => [p.rank, p.leftId, p.rightId, p.language])).toEqual([
      [1, "a", "c", "cpp"],
      [2, "x", "y", "python3"],
      [3, "a", "b", "cpp"],
    ]);
  });

  it("drops pairs that share nothing, puts the smaller id left and the longest fragment first", () => {
    const ranked = rankPairs([
      {
        language: "c",
        pairs: [
          { leftId: "z", rightId: "m", similarity: 0.7, fragments: [frag([1, 2], [5, 6]), frag([3, 9], [10, 13])] },
          { leftId: "p", rightId: "q", similarity: 0, fragments: [] },
        ],
      },
    ]);
    expect(ranked).toHaveLength(1);
    const [pair] = ranked;
    expect([pair?.leftId, pair?.rightId]).toEqual(["m", "z"]);
    expect(pair?.longestFragment).toBe(7);
    expect(pair?.fragments[0]).toEqual(frag([10, 13], [3, 9]));
  });

  it("keeps at most the limit", () => {
    const pairs = Array.from({ length: 5 }, (_, i) => ({
      leftId: `a${i}`,
      rightId: `b${i}`,
      similarity: i / 10 + 0.1,
      fragments: [frag([1, 1], [1, 1])],
    }));
    expect(rankPairs([{ language: "go", pairs }], 2).map((p) => p.leftId)).toEqual(["a4", "a3"]);
  });
});
