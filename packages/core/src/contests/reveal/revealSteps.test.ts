import { describe, expect, it } from "vitest";
import { boardVisibility, type ContestTimes } from "../freeze/boardVisibility";
import { visibleJournal } from "../freeze/visibleJournal";
import { CONTEST_RULES } from "../rules/index";
import { MIN, journal, participant, problem, sub } from "../testJournal";
import { revealSteps } from "./revealSteps";

const T0 = Date.UTC(2026, 11, 2, 10);
const times: ContestTimes = {
  startMs: T0,
  endMs: T0 + 300 * MIN,
  freezeAtMs: T0 + 240 * MIN,
  thawAtMs: null,
  hideBoardUntilEnd: false,
};
const icpc = CONTEST_RULES.icpc;

describe("revealSteps", () => {
  // Frozen: alpha 2 solved (100 min), bravo 1 (50), charlie 0.
  // After the freeze: charlie solves A and B, bravo fails B, alpha has nothing pending.
  const j = journal(
    [participant("alpha"), participant("bravo"), participant("charlie")],
    [problem("A"), problem("B")],
    [
      sub("alpha", "A", 40, "AC"),
      sub("alpha", "B", 60, "AC"),
      sub("bravo", "A", 50, "AC"),
      sub("bravo", "B", 250, "WA"),
      sub("charlie", "A", 245, "AC"),
      sub("charlie", "B", 260, "AC"),
    ],
  );
  const frozen = icpc.scoreboard(
    visibleJournal(j, times, boardVisibility(times, T0 + 300 * MIN, { kind: "public" })),
    {},
  );
  const final = icpc.scoreboard(j, {});

  it("starts at the bottom, reveals lowest label first, and keeps revealing a row that climbs into the cursor", () => {
    expect(frozen.rows.map((r) => r.participant.id)).toEqual(["alpha", "bravo", "charlie"]);
    const steps = revealSteps(icpc, frozen, final, {});
    expect(steps.map((s) => [s.participantId, s.label, s.fromRank, s.toRank])).toEqual([
      // charlie's A: 1 solved at 245 min > bravo's 50 → stays 3rd.
      ["charlie", "A", 3, 3],
      // charlie's B: 2 solved (505 min) → passes bravo (1 solved), stays under alpha (100 min).
      ["charlie", "B", 3, 2],
      // bravo is now at the bottom: its B is a WA, no move.
      ["bravo", "B", 3, 3],
    ]);
    expect(steps[1]).toMatchObject({ fromIndex: 2, toIndex: 1, after: { solved: true, time: 260 } });
    expect(steps[1]?.before).toMatchObject({ solved: false, numPending: 1 });
    expect(steps.at(-1)?.standings).toEqual([
      { participantId: "alpha", rank: 1 },
      { participantId: "charlie", rank: 2 },
      { participantId: "bravo", rank: 3 },
    ]);
  });

  it("ends on the final board's order", () => {
    const steps = revealSteps(icpc, frozen, final, {});
    expect(steps.at(-1)?.standings.map((s) => s.participantId)).toEqual(final.rows.map((r) => r.participant.id));
  });

  it("comes back to a row that climbed with cells still pending once the rows below it are done", () => {
    // bravo: 1 solved with 3 rejected tries (239 + 60 = 299). charlie's A at 245 beats that
    // and climbs past bravo with B still pending; bravo, now at the bottom, goes next.
    const j2 = journal(
      [participant("alpha"), participant("bravo"), participant("charlie")],
      [problem("A"), problem("B")],
      [
        sub("alpha", "A", 40, "AC"),
        sub("alpha", "B", 60, "AC"),
        ...[1, 2, 3].map((m) => sub("bravo", "A", m, "WA")),
        sub("bravo", "A", 239, "AC"),
        sub("bravo", "B", 250, "WA"),
        sub("charlie", "A", 245, "AC"),
        sub("charlie", "B", 260, "AC"),
      ],
    );
    const public2 = visibleJournal(j2, times, boardVisibility(times, T0 + 300 * MIN, { kind: "public" }));
    const steps = revealSteps(icpc, icpc.scoreboard(public2, {}), icpc.scoreboard(j2, {}), {});
    expect(steps.map((s) => [s.participantId, s.label, s.fromRank, s.toRank])).toEqual([
      ["charlie", "A", 3, 2],
      ["bravo", "B", 3, 3],
      ["charlie", "B", 2, 2],
    ]);
  });

  it("has nothing to reveal when nothing was frozen", () => {
    expect(revealSteps(icpc, final, final, {})).toEqual([]);
  });
});
