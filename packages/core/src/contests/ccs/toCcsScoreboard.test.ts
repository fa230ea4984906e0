import { describe, expect, it } from "vitest";
import { CONTEST_RULES } from "../rules/index";
import { MIN, journal, participant, problem, sub } from "../testJournal";
import { ccsScoreboardSchema } from "./scoreboardSchemas";
import { toCcsScoreboard } from "./toCcsScoreboard";

const T0 = Date.UTC(2026, 11, 2, 10);
const state = {
  started: "2026-12-02T10:00:00.000+00:00",
  frozen: null,
  ended: null,
  thawed: null,
  finalized: null,
  end_of_updates: null,
};

describe("toCcsScoreboard", () => {
  const icpcBoard = CONTEST_RULES.icpc.scoreboard(
    journal(
      [participant("p1"), participant("p2"), participant("v", { virtual: true })],
      [problem("A"), problem("B")],
      [sub("p1", "A", 3, "WA"), sub("p1", "A", 65, "AC"), sub("p2", "B", 9, "pending"), sub("v", "A", 1, "AC")],
    ),
    {},
  );
  const ctx = { nowMs: T0 + 70 * MIN, contestTimeMs: 70 * MIN, state };

  it("writes 2023-06 minutes as integers and leaves virtual rows out", () => {
    const out = toCcsScoreboard(icpcBoard, { ...ctx, version: "2023-06" });
    expect(out.time).toBe("2026-12-02T11:10:00.000+00:00");
    expect(out.contest_time).toBe("1:10:00.000");
    expect(out.rows).toEqual([
      {
        rank: 1,
        team_id: "p1",
        score: { num_solved: 1, total_time: 85, time: 65 },
        problems: [
          { problem_id: "a", num_judged: 2, num_pending: 0, solved: true, time: 65 },
          { problem_id: "b", num_judged: 0, num_pending: 0, solved: false },
        ],
      },
      {
        rank: 2,
        team_id: "p2",
        score: { num_solved: 0, total_time: 0 },
        problems: [
          { problem_id: "a", num_judged: 0, num_pending: 0, solved: false },
          { problem_id: "b", num_judged: 0, num_pending: 1, solved: false },
        ],
      },
    ]);
    expect(ccsScoreboardSchema.safeParse(out).error?.issues ?? []).toEqual([]);
  });

  it("writes 2026-01 minutes as RELTIME (time null when nothing is solved) and score boards with score and time", () => {
    expect(toCcsScoreboard(icpcBoard, { ...ctx, version: "2026-01" }).rows[0]?.score).toEqual({
      num_solved: 1,
      total_time: "1:25:00.000",
      time: "1:05:00.000",
    });
    expect(toCcsScoreboard(icpcBoard, { ...ctx, version: "2026-01" }).rows[1]?.score).toEqual({
      num_solved: 0,
      total_time: "0:00:00.000",
      time: null,
    });
    const ioiBoard = CONTEST_RULES.ioi.scoreboard(
      journal([participant("p1")], [problem("A")], [sub("p1", "A", 12.5, "WA", { score: 40 })]),
      {},
    );
    const out = toCcsScoreboard(ioiBoard, { ...ctx, version: "2026-01" });
    expect(out.rows[0]).toEqual({
      rank: 1,
      team_id: "p1",
      score: { score: 40, time: "0:12:00.000" },
      problems: [{ problem_id: "a", num_judged: 1, num_pending: 0, score: 40, time: "0:12:00.000" }],
    });
    expect(ccsScoreboardSchema.safeParse(out).success).toBe(true);
  });
});
