import type { Scoreboard, ScoreboardCell } from "@arbiter/core/contests";
import { describe, expect, it } from "vitest";
import { balloonList } from "./balloons";

function cell(label: string, solvedAtMs: number | null, firstToSolve = false): ScoreboardCell {
  return {
    label,
    problemId: label,
    numJudged: solvedAtMs === null ? 1 : 1,
    numPending: 0,
    solved: solvedAtMs !== null,
    score: solvedAtMs === null ? 0 : 1,
    time: solvedAtMs === null ? null : Math.floor(solvedAtMs / 60_000),
    penaltyTime: 0,
    solvedAtMs,
    firstToSolve,
  };
}

const row = (name: string, problems: ScoreboardCell[]) => ({
  rank: 1,
  participant: { id: name, name, virtual: false },
  score: { kind: "pass-fail" as const, numSolved: 0, totalTime: 0, lastSolveTime: null },
  problems,
});

describe("balloonList", () => {
  it("gives one balloon per solved cell, in solve order, with the problem colour", () => {
    const board: Scoreboard = {
      scoreboardType: "pass-fail",
      rows: [
        row("ann", [cell("A", 600_000, true), cell("B", null)]),
        row("ben", [cell("A", 900_000), cell("B", 120_000, true)]),
      ],
      virtualRows: [row("virtual", [cell("A", 1000, false)])],
    };
    const balloons = balloonList(
      board,
      new Map([
        ["A", "#ff0000"],
        ["B", null],
      ]),
    );
    expect(balloons).toEqual([
      { participant: "ben", label: "B", color: null, minute: 2, firstToSolve: true },
      { participant: "ann", label: "A", color: "#ff0000", minute: 10, firstToSolve: true },
      { participant: "ben", label: "A", color: "#ff0000", minute: 15, firstToSolve: false },
    ]);
  });
});
