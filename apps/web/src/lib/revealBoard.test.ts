import type { RevealStep, ScoreboardCell } from "@arbiter/core/contests";
import { describe, expect, it } from "vitest";
import { boardAfter, rowTotal, type RevealRow } from "./revealBoard";

const pending = (label: string): ScoreboardCell => ({
  label,
  problemId: label,
  numJudged: 0,
  numPending: 1,
  solved: false,
  score: 0,
  time: null,
  penaltyTime: 0,
  solvedAtMs: null,
  firstToSolve: false,
});
const solved = (label: string, minute: number): ScoreboardCell => ({
  ...pending(label),
  numJudged: 1,
  numPending: 0,
  solved: true,
  score: 1,
  time: minute,
  penaltyTime: minute,
  solvedAtMs: minute * 60_000,
});

describe("boardAfter", () => {
  it("replays steps: the cell turns, the row climbs to its new rank", () => {
    const start: RevealRow[] = [
      { id: "ann", name: "ann", rank: 1, problems: [solved("A", 10)] },
      { id: "ben", name: "ben", rank: 2, problems: [pending("A")] },
    ];
    const step: RevealStep = {
      participantId: "ben",
      label: "A",
      before: pending("A"),
      after: solved("A", 5),
      fromRank: 2,
      toRank: 1,
      fromIndex: 1,
      toIndex: 0,
      standings: [
        { participantId: "ben", rank: 1 },
        { participantId: "ann", rank: 2 },
      ],
    };
    expect(boardAfter(start, [step], 0).map((r) => r.id)).toEqual(["ann", "ben"]);
    const after = boardAfter(start, [step], 1);
    expect(after.map((r) => [r.id, r.rank])).toEqual([
      ["ben", 1],
      ["ann", 2],
    ]);
    expect(rowTotal(after[0]?.problems ?? [], false)).toEqual({ main: 1, time: 5 });
    // The start rows are not changed by a replay.
    expect(start[1]?.problems[0]?.numPending).toBe(1);
  });
});
