import { describe, expect, it } from "vitest";
import { findClusters } from "./findClusters";

const owners = new Map(["a", "b", "c", "d", "e", "f"].map((id) => [id, `user-${id}`]));

describe("findClusters", () => {
  it("links three or more people through pairs above the threshold", () => {
    const clusters = findClusters(
      [
        { leftId: "a", rightId: "b", similarity: 0.9 },
        { leftId: "b", rightId: "c", similarity: 0.8 },
        { leftId: "d", rightId: "e", similarity: 0.95 },
        { leftId: "c", rightId: "d", similarity: 0.4 },
      ],
      0.75,
      owners,
    );
    expect(clusters).toEqual([{ submissionIds: ["a", "b", "c"], maxSimilarity: 0.9 }]);
  });

  it("does not count two submissions of one person as two people", () => {
    const sameOwner = new Map([
      ["a", "ann"],
      ["a2", "ann"],
      ["b", "bob"],
    ]);
    const pairs = [
      { leftId: "a", rightId: "a2", similarity: 1 },
      { leftId: "a2", rightId: "b", similarity: 0.9 },
    ];
    expect(findClusters(pairs, 0.75, sameOwner)).toEqual([]);
  });

  it("orders larger clusters first", () => {
    const clusters = findClusters(
      [
        { leftId: "a", rightId: "b", similarity: 0.8 },
        { leftId: "b", rightId: "c", similarity: 0.8 },
        { leftId: "d", rightId: "e", similarity: 0.99 },
        { leftId: "e", rightId: "f", similarity: 0.99 },
        { leftId: "f", rightId: "a", similarity: 0.2 },
        { leftId: "c", rightId: "x", similarity: 0.8 },
      ],
      0.75,
      owners,
    );
    expect(clusters.map((c) => c.submissionIds)).toEqual([
      ["a", "b", "c", "x"],
      ["d", "e", "f"],
    ]);
  });
});
