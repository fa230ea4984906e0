import { describe, expect, it } from "vitest";
import { journal, participant, problem, sub } from "../testJournal";
import { CONTEST_RULES } from "./index";

const icpc = CONTEST_RULES.icpc;
const AB = [problem("A"), problem("B")];

function board(
  subs: ReturnType<typeof sub>[],
  people = [participant("p1"), participant("p2"), participant("p3")],
  settings = {},
) {
  return icpc.scoreboard(journal(people, AB, subs), settings);
}

describe("icpc rule", () => {
  it("adds 20 minutes per rejected try to the solve minute, rounded down", () => {
    // WA at 10, TLE at 12, AC at 45:59.9 → 45 + 2 × 20 = 85.
    const b = board([sub("p1", "A", 10, "WA"), sub("p1", "A", 12, "TLE"), sub("p1", "A", 45.998, "AC")]);
    const row = b.rows.find((r) => r.participant.id === "p1");
    expect(row?.problems[0]).toMatchObject({ solved: true, time: 45, penaltyTime: 85, numJudged: 3, numPending: 0 });
    expect(row?.score).toEqual({ kind: "pass-fail", numSolved: 1, totalTime: 85, lastSolveTime: 45 });
  });

  it("uses the configured penalty", () => {
    const b = board([sub("p1", "A", 1, "RE"), sub("p1", "A", 3, "AC")], undefined, { penaltyMinutes: 7 });
    expect(b.rows[0]?.score).toMatchObject({ totalTime: 3 + 7 });
  });

  it("charges nothing for CE and does not count it as a try", () => {
    const b = board([sub("p1", "A", 1, "CE"), sub("p1", "A", 2, "CE"), sub("p1", "A", 30, "AC")]);
    expect(b.rows[0]?.problems[0]).toMatchObject({ penaltyTime: 30, numJudged: 1 });
  });

  it("treats IE as pending: no penalty, shown as pending", () => {
    const b = board([sub("p1", "A", 1, "IE"), sub("p1", "B", 3, "pending")]);
    const row = b.rows.find((r) => r.participant.id === "p1");
    expect(row?.problems[0]).toMatchObject({ solved: false, numPending: 1, numJudged: 0, penaltyTime: 0 });
    expect(row?.problems[1]).toMatchObject({ numPending: 1 });
    expect(row?.score).toMatchObject({ numSolved: 0, totalTime: 0 });
  });

  it("ignores everything after the first AC and costs nothing for unsolved problems", () => {
    const b = board([
      sub("p1", "A", 5, "AC"),
      sub("p1", "A", 6, "WA"),
      sub("p1", "A", 7, "pending"),
      sub("p1", "B", 8, "WA"),
    ]);
    const row = b.rows[0];
    expect(row?.problems[0]).toMatchObject({ numJudged: 1, numPending: 0, penaltyTime: 5 });
    expect(row?.problems[1]).toMatchObject({ numJudged: 1, penaltyTime: 0 });
    expect(row?.score).toMatchObject({ totalTime: 5 });
  });

  it("ranks by solved, then total time, then the earlier last solve; full ties share a rank (1, 1, 3)", () => {
    const b = board(
      [
        // p1 and p2: 2 solved, 60 minutes, last solve at 40 → tie.
        sub("p1", "A", 20, "AC"),
        sub("p1", "B", 40, "AC"),
        sub("p2", "A", 20, "AC"),
        sub("p2", "B", 40, "AC"),
        // p3: 2 solved, 60 minutes too, but its last solve is later (50): ranked below.
        sub("p3", "A", 10, "AC"),
        sub("p3", "B", 50, "AC"),
        // p4: 1 solved in 1 minute still ranks below any 2-solve row.
        sub("p4", "A", 1, "AC"),
      ],
      [participant("p3"), participant("p2"), participant("p1"), participant("p4")],
    );
    expect(b.rows.map((r) => [r.participant.id, r.rank])).toEqual([
      ["p1", 1],
      ["p2", 1],
      ["p3", 3],
      ["p4", 4],
    ]);
  });

  it("marks first to solve: the earliest AC, both on an exact tie, none while an earlier submission is pending", () => {
    const b = board([
      sub("p1", "A", 10, "AC"),
      sub("p2", "A", 10, "AC"),
      sub("p3", "A", 11, "AC"),
      sub("p3", "B", 20, "AC"),
      sub("p1", "B", 15, "pending"),
    ]);
    const cell = (id: string, i: number) => b.rows.find((r) => r.participant.id === id)?.problems[i];
    expect([cell("p1", 0)?.firstToSolve, cell("p2", 0)?.firstToSolve, cell("p3", 0)?.firstToSolve]).toEqual([
      true,
      true,
      false,
    ]);
    // p1's B at minute 15 is still pending and could beat p3's 20: no mark yet.
    expect(cell("p3", 1)?.firstToSolve).toBe(false);
  });

  it("measures personal windows from each one's own start, for time and first to solve", () => {
    // late started an hour after early; both solved A 30 minutes into their own window,
    // early also tried at 10. Times are contest time, so the two solves tie for first.
    const b = board(
      [sub("early", "A", 10, "WA"), sub("early", "A", 30, "AC"), sub("late", "A", 30, "AC")],
      [participant("early", { startedAtMs: 0 }), participant("late", { startedAtMs: 3_600_000 })],
    );
    expect(b.rows.map((r) => [r.participant.id, r.rank, r.problems[0]?.time, r.problems[0]?.firstToSolve])).toEqual([
      ["late", 1, 30, true],
      ["early", 2, 30, true],
    ]);
  });

  it("ranks virtual participants against the official rows but lists them apart, without first-to-solve", () => {
    const b = board(
      [sub("p1", "A", 30, "AC"), sub("p2", "A", 50, "AC"), sub("v", "A", 5, "AC"), sub("v", "B", 6, "AC")],
      [participant("p1"), participant("p2"), participant("v", { virtual: true })],
    );
    expect(b.rows.map((r) => r.participant.id)).toEqual(["p1", "p2"]);
    expect(b.rows[0]?.problems[0]?.firstToSolve).toBe(true);
    expect(b.virtualRows).toHaveLength(1);
    expect(b.virtualRows[0]).toMatchObject({ rank: 1, participant: { id: "v", virtual: true } });
    expect(b.virtualRows[0]?.problems[0]?.firstToSolve).toBe(false);
  });
});
