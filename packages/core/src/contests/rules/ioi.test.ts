import { describe, expect, it } from "vitest";
import { journal, participant, problem, sub } from "../testJournal";
import { CONTEST_RULES } from "./index";

const ioi = CONTEST_RULES.ioi;
// Subtasks worth 20, 30 and 50 points.
const A = problem("A", {
  subtasks: [
    { name: "s1", maxScore: 20 },
    { name: "s2", maxScore: 30 },
    { name: "s3", maxScore: 50 },
  ],
});
const B = problem("B", { maxScore: 40 });

function partial(p: string, label: string, minute: number, subtaskScores: number[]) {
  const total = subtaskScores.reduce((a, b) => a + b, 0);
  return sub(p, label, minute, total === 100 ? "AC" : "WA", { score: total, subtaskScores });
}

describe("ioi rule", () => {
  const subs = [
    partial("p1", "A", 5, [20, 0, 0]),
    partial("p1", "A", 9, [0, 30, 0]),
    partial("p1", "A", 12, [20, 0, 10]), // only s3 improves (+10)
    partial("p1", "A", 15, [20, 30, 0]), // nothing new: no improvement
    sub("p1", "B", 30, "WA", { score: 50 }), // half of 40 points
  ];

  it("sums the best score per subtask over all submissions (max_subtask)", () => {
    const b = ioi.scoreboard(journal([participant("p1")], [A, B], subs), {});
    const row = b.rows[0];
    expect(row?.problems[0]).toMatchObject({ score: 60, solved: false, time: 12, numJudged: 4 });
    expect(row?.problems[1]).toMatchObject({ score: 20, time: 30 });
    expect(row?.score).toEqual({ kind: "score", score: 80, lastImprovementTime: 30 });
  });

  it("takes the best single submission in max mode", () => {
    const b = ioi.scoreboard(journal([participant("p1")], [A, B], subs), { ioiScoreMode: "max" });
    expect(b.rows[0]?.problems[0]).toMatchObject({ score: 50, time: 15 });
  });

  it("is solved when the subtasks add up to full score, and first to solve goes to the earlier full score", () => {
    const b = ioi.scoreboard(
      journal(
        [participant("p1"), participant("p2")],
        [A],
        [partial("p1", "A", 5, [20, 30, 0]), partial("p1", "A", 40, [0, 0, 50]), partial("p2", "A", 20, [20, 30, 50])],
      ),
      {},
    );
    const [p1, p2] = ["p1", "p2"].map((id) => b.rows.find((r) => r.participant.id === id)?.problems[0]);
    expect(p1).toMatchObject({ score: 100, solved: true, solvedAtMs: 40 * 60_000, firstToSolve: false });
    expect(p2).toMatchObject({ solved: true, firstToSolve: true });
  });

  it("ignores pending and IE submissions and ranks equal totals together with no time tiebreak", () => {
    const b = ioi.scoreboard(
      journal(
        [participant("p1"), participant("p2"), participant("p3")],
        [B],
        [
          sub("p1", "B", 1, "WA", { score: 50 }),
          sub("p2", "B", 100, "WA", { score: 50 }),
          sub("p3", "B", 2, "IE", { score: 100 }),
          sub("p3", "B", 3, "pending"),
        ],
      ),
      {},
    );
    expect(b.rows.map((r) => [r.participant.id, r.rank, r.score])).toEqual([
      ["p1", 1, { kind: "score", score: 20, lastImprovementTime: 1 }],
      ["p2", 1, { kind: "score", score: 20, lastImprovementTime: 100 }],
      ["p3", 3, { kind: "score", score: 0, lastImprovementTime: null }],
    ]);
    expect(b.rows[2]?.problems[0]).toMatchObject({ numPending: 2, numJudged: 0 });
  });
});
