import { describe, expect, it } from "vitest";
import { MIN } from "../testJournal";
import { buildCcsEvents, ccsStateAt } from "./buildCcsEvents";
import { ccsFeedSince, ccsObjects } from "./ccsObjects";
import { ccsStateSchema } from "./contestSchemas";
import { ccsEventSchema } from "./eventFeed";
import type { CcsSnapshot } from "./snapshot";

const T0 = Date.UTC(2026, 11, 2, 10);
// Five hours, frozen for the last hour; team t1 solves A before the freeze and B after it.
function snapshot(thawAtMs: number | null): CcsSnapshot {
  return {
    contest: {
      id: "nwerc",
      name: "NWERC",
      format: "icpc",
      createdAtMs: T0 - 60 * MIN,
      penaltyMinutes: 20,
      thawedAtMs: thawAtMs,
      thawAtMs: null,
      times: { startMs: T0, endMs: T0 + 300 * MIN, freezeAtMs: T0 + 240 * MIN, thawAtMs, hideBoardUntilEnd: false },
    },
    problems: [
      {
        id: "apples",
        label: "A",
        name: "Apples",
        ordinal: 0,
        rgb: "#ff0000",
        timeLimitMs: 2000,
        testDataCount: 3,
        maxScore: 100,
      },
      {
        id: "bananas",
        label: "B",
        name: "Bananas",
        ordinal: 1,
        rgb: null,
        timeLimitMs: 1000,
        testDataCount: 2,
        maxScore: 100,
      },
    ],
    teams: [{ id: "t1", label: "1", name: "Team One", createdAtMs: T0 - 30 * MIN }],
    submissions: [
      { id: "s1", teamId: "t1", problemId: "apples", languageId: "cpp", createdAtMs: T0 + 10 * MIN },
      { id: "s2", teamId: "t1", problemId: "bananas", languageId: "python3", createdAtMs: T0 + 250 * MIN },
    ],
    judgings: [
      judging("j1", "s1", T0 + 10 * MIN, "WA"),
      judging("j1b", "s1", T0 + 260 * MIN, "AC"),
      judging("j2", "s2", T0 + 250 * MIN, "AC"),
    ],
    clarifications: [
      {
        id: "c1",
        fromTeamId: "t1",
        problemId: "apples",
        text: "Is 0 an apple?",
        createdAtMs: T0 + 20 * MIN,
        answer: "No.",
        answeredAtMs: T0 + 25 * MIN,
        toAll: false,
      },
      {
        id: "c2",
        fromTeamId: null,
        problemId: null,
        text: "Lunch is served.",
        createdAtMs: T0 + 30 * MIN,
        answer: null,
        answeredAtMs: null,
        toAll: true,
      },
    ],
  };
}

function judging(id: string, submissionId: string, at: number, verdict: "AC" | "WA") {
  return {
    id,
    submissionId,
    startedAtMs: at + 1000,
    finishedAtMs: at + 5000,
    verdict,
    score: verdict === "AC" ? 100 : 0,
    runs: [{ ordinal: 1, verdict, timeMs: 120 }],
  };
}

describe("buildCcsEvents", () => {
  it("writes every event in the spec's shape, sorted by token", () => {
    for (const viewer of ["jury", "public"] as const) {
      const events = buildCcsEvents(snapshot(T0 + 400 * MIN), viewer);
      for (const e of events) {
        const line = { type: e.type, id: e.id, data: e.data, token: e.key };
        expect(ccsEventSchema.safeParse(line).error?.issues ?? [], `${e.type} ${e.id ?? ""}`).toEqual([]);
      }
      expect(events.map((e) => e.key)).toEqual([...events.map((e) => e.key)].sort());
    }
  });

  it("hides judgements of post-freeze submissions from the public until the thaw, and every run always", () => {
    const during = T0 + 280 * MIN;
    const frozen = buildCcsEvents(snapshot(null), "public");
    const judgements = ccsObjects(frozen, "judgements", during);
    expect(judgements.map((j) => j.submission_id)).toEqual(["s1", "s1"]);
    expect(ccsObjects(frozen, "runs", during)).toEqual([]);
    // A pre-freeze submission rejudged during the freeze is public; the frozen one is not, even much later.
    expect(ccsFeedSince(frozen, T0 + 10_000 * MIN, null).some((e) => e.data.submission_id === "s2")).toBe(false);
    expect(ccsObjects(buildCcsEvents(snapshot(null), "jury"), "judgements", during)).toHaveLength(3);
    expect(ccsObjects(buildCcsEvents(snapshot(null), "jury"), "runs", during)).toHaveLength(3);

    const thawed = buildCcsEvents(snapshot(T0 + 320 * MIN), "public");
    const revealed = thawed.filter((e) => e.type === "judgements" && e.data.submission_id === "s2");
    expect(revealed.every((e) => e.atMs === T0 + 320 * MIN)).toBe(true);
    expect(ccsObjects(thawed, "judgements", T0 + 320 * MIN).find((j) => j.id === "j2")?.judgement_type_id).toBe("AC");
  });

  it("marks the older judgement of a rejudged submission as no longer current", () => {
    const objects = ccsObjects(buildCcsEvents(snapshot(null), "jury"), "judgements", T0 + 290 * MIN);
    expect(objects.find((j) => j.id === "j1")?.current).toBe(false);
    expect(objects.find((j) => j.id === "j1b")).toMatchObject({ current: true, judgement_type_id: "AC" });
  });

  it("resumes after a token with exactly the later events", () => {
    const events = buildCcsEvents(snapshot(T0 + 320 * MIN), "jury");
    const now = T0 + 400 * MIN;
    const all = ccsFeedSince(events, now, null);
    const cut = all[10]?.key ?? "";
    expect(ccsFeedSince(events, now, cut)).toEqual(all.slice(11));
  });

  it("keeps problems secret from the public before the start and shows only clarifications to everyone", () => {
    const events = buildCcsEvents(snapshot(null), "public");
    expect(ccsObjects(events, "problems", T0 - 1)).toEqual([]);
    expect(ccsObjects(events, "problems", T0)).toHaveLength(2);
    expect(ccsObjects(events, "clarifications", T0 + 60 * MIN).map((c) => c.id)).toEqual(["c2"]);
    const jury = ccsObjects(buildCcsEvents(snapshot(null), "jury"), "clarifications", T0 + 60 * MIN);
    expect(jury.map((c) => c.id)).toEqual(["c1", "c1-reply", "c2"]);
    expect(jury[1]).toMatchObject({ reply_to_id: "c1", to_team_ids: ["t1"], text: "No." });
  });

  it("moves the state through started, frozen, ended, thawed and finalized in order", () => {
    const s = snapshot(T0 + 320 * MIN);
    expect(ccsStateAt(s, T0 - 1).started).toBeNull();
    expect(ccsStateAt(s, T0 + 250 * MIN)).toMatchObject({ frozen: "2026-12-02T14:00:00.000+00:00", ended: null });
    const final = ccsStateAt(s, T0 + 330 * MIN);
    expect(final.thawed).toBe("2026-12-02T15:20:00.000+00:00");
    expect(final.finalized).toBe(final.thawed);
    expect(ccsStateSchema.safeParse(final).success).toBe(true);
    expect(ccsStateAt(snapshot(null), T0 + 330 * MIN)).toMatchObject({ thawed: null, finalized: null });
  });
});
