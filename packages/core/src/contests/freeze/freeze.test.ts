import { describe, expect, it } from "vitest";
import { CONTEST_RULES } from "../rules/index";
import { MIN, journal, participant, problem, sub } from "../testJournal";
import { boardVisibility, type ContestTimes } from "./boardVisibility";
import { canSeeVerdict } from "./canSeeVerdict";
import { frozenBanner } from "./frozenBanner";
import { ownLiveRow } from "./ownLiveRow";
import { visibleJournal } from "./visibleJournal";

const T0 = Date.UTC(2026, 11, 2, 10, 0, 0);
// A 5-hour contest frozen for its last hour, thawed 20 minutes after the end.
const times: ContestTimes = {
  startMs: T0,
  endMs: T0 + 300 * MIN,
  freezeAtMs: T0 + 240 * MIN,
  thawAtMs: T0 + 320 * MIN,
  hideBoardUntilEnd: false,
};
const PUBLIC = { kind: "public" } as const;

describe("boardVisibility", () => {
  it("freezes at the freeze instant, not a millisecond before, and thaws exactly at the thaw instant", () => {
    expect(boardVisibility(times, T0 + 240 * MIN - 1, PUBLIC)).toEqual({ mode: "live" });
    expect(boardVisibility(times, T0 + 240 * MIN, PUBLIC)).toEqual({
      mode: "frozen",
      frozenAtMs: T0 + 240 * MIN,
      minutesRemaining: 60,
    });
    expect(boardVisibility(times, T0 + 320 * MIN - 1, PUBLIC).mode).toBe("frozen");
    expect(boardVisibility(times, T0 + 320 * MIN, PUBLIC).mode).toBe("live");
  });

  it("stays frozen after the end until someone thaws it", () => {
    expect(boardVisibility({ ...times, thawAtMs: null }, T0 + 10_000 * MIN, PUBLIC).mode).toBe("frozen");
  });

  it("is frozen for participants too, and always live for the jury", () => {
    const now = T0 + 250 * MIN;
    expect(boardVisibility(times, now, { kind: "participant", participantId: "p1" }).mode).toBe("frozen");
    expect(boardVisibility(times, now, { kind: "jury" }).mode).toBe("live");
  });

  it("hides the board until the end when asked, then applies the freeze", () => {
    const hidden = { ...times, hideBoardUntilEnd: true };
    expect(boardVisibility(hidden, T0 + 10 * MIN, PUBLIC).mode).toBe("hidden");
    expect(boardVisibility(hidden, T0 + 300 * MIN, PUBLIC).mode).toBe("frozen");
    expect(boardVisibility(hidden, T0 + 10 * MIN, { kind: "jury" }).mode).toBe("live");
  });
});

describe("visibleJournal and the frozen board", () => {
  const subs = [
    sub("p1", "A", 100, "AC"),
    sub("p2", "A", 239.999, "WA"), // before the freeze: visible
    sub("p2", "A", 240, "AC"), // exactly at the freeze: hidden
    sub("p2", "B", 250, "CE"), // even a CE is hidden, or it would leak "not solved"
  ];
  const j = journal([participant("p1"), participant("p2")], [problem("A"), problem("B")], subs);
  const now = T0 + 260 * MIN;

  it("shows post-freeze submissions as pending with no verdict, and counts them", () => {
    const visible = visibleJournal(j, times, boardVisibility(times, now, PUBLIC));
    const board = CONTEST_RULES.icpc.scoreboard(visible, {});
    const p2 = board.rows.find((r) => r.participant.id === "p2");
    expect(p2?.problems[0]).toMatchObject({ solved: false, numJudged: 1, numPending: 1 });
    expect(p2?.problems[1]).toMatchObject({ numPending: 1, numJudged: 0 });
    expect(visible.submissions[2]).toMatchObject({ status: "pending", verdict: null, score: 0 });
    // The jury's board has the truth.
    const live = CONTEST_RULES.icpc.scoreboard(
      visibleJournal(j, times, boardVisibility(times, now, { kind: "jury" })),
      {},
    );
    expect(live.rows.find((r) => r.participant.id === "p2")?.problems[0]).toMatchObject({ solved: true, time: 240 });
  });

  it("cuts at the wall-clock freeze for a personal window that started later", () => {
    // p3 started 30 minutes late; its submission 215 minutes in was made at 245 on the wall clock.
    const late = journal(
      [participant("p3", { startedAtMs: T0 + 30 * MIN })],
      [problem("A")],
      [sub("p3", "A", 215, "AC")],
    );
    const visible = visibleJournal(late, times, boardVisibility(times, now, PUBLIC));
    expect(visible.submissions[0]?.status).toBe("pending");
  });

  it("lets a participant see their own verdicts but not someone else's post-freeze ones", () => {
    const hiddenAc = subs[2]!;
    const me = { kind: "participant", participantId: "p2" } as const;
    const other = { kind: "participant", participantId: "p1" } as const;
    expect(canSeeVerdict(hiddenAc, participant("p2"), times, now, me)).toBe(true);
    expect(canSeeVerdict(hiddenAc, participant("p2"), times, now, other)).toBe(false);
    expect(canSeeVerdict(subs[1]!, participant("p2"), times, now, other)).toBe(true);
    expect(canSeeVerdict(hiddenAc, participant("p2"), times, T0 + 320 * MIN, PUBLIC)).toBe(true);
  });

  it("hides everyone else's verdicts while the board is hidden, and shows them after the end", () => {
    const hidden = { ...times, freezeAtMs: null, hideBoardUntilEnd: true };
    const other = { kind: "participant", participantId: "p1" } as const;
    expect(canSeeVerdict(subs[1]!, participant("p2"), hidden, T0 + 100 * MIN, other)).toBe(false);
    expect(
      canSeeVerdict(subs[1]!, participant("p2"), hidden, T0 + 100 * MIN, { kind: "participant", participantId: "p2" }),
    ).toBe(true);
    expect(canSeeVerdict(subs[1]!, participant("p2"), hidden, T0 + 300 * MIN, other)).toBe(true);
    const visible = visibleJournal(j, hidden, boardVisibility(hidden, T0 + 100 * MIN, PUBLIC));
    expect(visible.submissions.every((s) => s.status === "pending" && s.verdict === null)).toBe(true);
  });

  it("gives the participant their own live row without a rank", () => {
    const row = ownLiveRow(CONTEST_RULES.icpc, j, {}, "p2");
    expect(row?.rank).toBeNull();
    expect(row?.score).toMatchObject({ numSolved: 1, totalTime: 260 });
  });
});

describe("frozenBanner", () => {
  it("says how long before the end the board froze, in the CCS wording", () => {
    expect(frozenBanner(boardVisibility(times, T0 + 250 * MIN, PUBLIC))).toBe(
      "The scoreboard was frozen with 60 minutes remaining - submissions in the last 60 minutes of the contest are still shown as pending.",
    );
    expect(frozenBanner(boardVisibility(times, T0 + 100 * MIN, PUBLIC))).toBeNull();
  });
});
