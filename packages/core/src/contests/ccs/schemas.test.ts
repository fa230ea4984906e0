import { describe, expect, it } from "vitest";
import {
  ccsAwardSchema,
  ccsClarificationSchema,
  ccsContestSchema,
  ccsEventSchema,
  ccsGroupSchema,
  ccsIdSchema,
  ccsJudgementSchema,
  ccsJudgementTypeSchema,
  ccsLanguageSchema,
  ccsOrganizationSchema,
  ccsProblemSchema,
  ccsRunSchema,
  ccsScoreboardSchema,
  ccsStateSchema,
  ccsSubmissionSchema,
  ccsTeamSchema,
  formatEventLine,
} from "./index";

// Objects shaped like the examples of icpc/ccs-specs JSON_Format.md, one per object type,
// using the same forms (hour-only offsets, negative contest times, nulls, file references).

const state = {
  started: "2026-06-25T10:00:00+01",
  ended: null,
  frozen: "2026-06-25T14:00:00+01",
  thawed: null,
  finalized: null,
  end_of_updates: null,
};

const examples = [
  [
    ccsContestSchema,
    {
      id: "nwerc2026",
      name: "NWERC 2026",
      formal_name: "Northwestern Europe Regional Contest 2026",
      start_time: "2026-06-25T10:00:00+01",
      duration: "5:00:00",
      scoreboard_freeze_duration: "1:00:00",
      scoreboard_type: "pass-fail",
      penalty_time: "0:20:00",
      banner: [
        { href: "contests/nwerc2026/banner", filename: "banner.png", mime: "image/png", width: 1920, height: 240 },
      ],
    },
  ],
  // A paused countdown, and 2023-06's integer penalty_time.
  [
    ccsContestSchema,
    {
      id: "dress",
      name: "Dress rehearsal",
      start_time: null,
      countdown_pause_time: "0:03:38.749",
      duration: "2:30:00",
      scoreboard_type: "pass-fail",
      penalty_time: 20,
    },
  ],
  [
    ccsJudgementTypeSchema,
    { id: "TLE", name: "Time Limit Exceeded", penalty: true, solved: false, simplified_judgement_type_id: "RE" },
  ],
  [
    ccsLanguageSchema,
    {
      id: "java",
      name: "Java",
      entry_point_required: true,
      entry_point_name: "Main class",
      extensions: ["java"],
      compiler: { command: "javac", args: "-O {files}", version: "javac 21", version_command: "javac --version" },
      runner: { command: "java", version: "openjdk 21" },
    },
  ],
  [
    ccsLanguageSchema,
    { id: "cpp", name: "GNU C++", entry_point_required: false, extensions: ["cc", "cpp", "cxx", "c++", "C"] },
  ],
  [
    ccsProblemSchema,
    {
      id: "asteroids",
      label: "A",
      name: "Asteroids",
      ordinal: 1,
      color: "blue",
      rgb: "#00f",
      time_limit: 2,
      memory_limit: 2048,
      output_limit: 8,
      code_limit: 128,
      test_data_count: 10,
      statement: [{ href: "contests/c/problems/asteroids/statement", mime: "application/pdf", filename: "A.pdf" }],
    },
  ],
  // 2023-06 problems have no memory/output/code limits.
  [
    ccsProblemSchema,
    {
      id: "bottles",
      label: "B",
      name: "Bottles",
      ordinal: 2,
      color: "gray",
      rgb: "#808080",
      time_limit: 3.5,
      test_data_count: 15,
    },
  ],
  [ccsGroupSchema, { id: "asia-74324325532", icpc_id: "7593", name: "Asia" }],
  [ccsGroupSchema, { id: "42425", name: "Division 2", type: "division" }],
  [
    ccsOrganizationSchema,
    {
      id: "inst105",
      name: "Some University",
      country: "USA",
      country_subdivision: "US-PA",
      country_flag: [{ href: "flags/USA/56px", filename: "56px.png", mime: "image/png", width: 56, height: 56 }],
      logo: [
        { href: "organizations/inst105/logo/56px", filename: "56px.png", mime: "image/png", width: 56, height: 56 },
      ],
    },
  ],
  [
    ccsTeamSchema,
    {
      id: "team11",
      icpc_id: "201433",
      label: "11",
      name: "Tigers",
      organization_id: "inst123",
      group_ids: ["asia-74324325532"],
      primary_rgb: "#0033A0",
      primary_color: "blue",
      secondary_rgb: "#FFFFFF",
      secondary_color: "white",
    },
  ],
  [
    ccsStateSchema,
    { ...state, removed_intervals: [{ start: "2026-06-25T11:30:00+01", end: null, contest_time: "1:30:00" }] },
  ],
  [
    ccsSubmissionSchema,
    {
      id: "187",
      team_id: "123",
      problem_id: "10-asteroids",
      language_id: "1-java",
      time: "2026-06-25T11:22:05.034+01",
      contest_time: "1:22:05.034",
      entry_point: "Main",
      files: [{ href: "contests/c/submissions/187/files", filename: "files.zip", mime: "application/zip" }],
    },
  ],
  [ccsJudgementSchema, { id: "Run-88069680", submission_id: "s8", start_time: "2026-06-13T12:56:38.033-04" }],
  [
    ccsJudgementSchema,
    {
      id: "Run-88069680",
      submission_id: "s8",
      judgement_type_id: "TLE",
      start_time: "2026-06-13T12:56:38.033-04",
      end_time: "2026-06-13T12:56:59.715-04",
      max_run_time: 2.006,
      simplified_judgement_type_id: "RE",
    },
  ],
  [
    ccsRunSchema,
    {
      id: "1313",
      judgement_id: "189550",
      ordinal: 1,
      judgement_type_id: "AC",
      time: "2026-06-25T11:23:10.000+01",
      run_time: 0.456,
      score: 42.5,
    },
  ],
  [
    ccsClarificationSchema,
    {
      id: "clar-1",
      from_team_id: null,
      to_team_ids: null,
      to_group_ids: null,
      reply_to_id: null,
      text: "Do not touch anything before the contest starts!",
      time: "2026-06-16T11:12:45.167-04",
      contest_time: "-0:15:32.457",
    },
  ],
  [
    ccsClarificationSchema,
    {
      id: "2",
      to_team_ids: ["34", "57"],
      to_group_ids: ["1336"],
      reply_to_id: "1",
      text: "Yes",
      time: "2026-06-16T11:20:30.267-04",
      contest_time: "1:59:47.543",
    },
  ],
  [ccsAwardSchema, { id: "first-to-solve-b", citation: "First to solve problem B", team_ids: [] }],
  [
    ccsScoreboardSchema,
    {
      time: "2026-06-25T14:13:07.832+01",
      contest_time: "4:13:07.832",
      state,
      rows: [
        {
          rank: 1,
          team_id: "123",
          score: { num_solved: 2, total_time: "1:15:00", time: "0:55:00" },
          problems: [
            { problem_id: "1", num_judged: 3, num_pending: 1, solved: false },
            { problem_id: "2", num_judged: 1, num_pending: 0, solved: true, time: "0:20:00" },
            { problem_id: "3", num_judged: 2, num_pending: 0, solved: true, time: "0:55:00" },
          ],
        },
      ],
    },
  ],
] as const;

describe("CCS object schemas", () => {
  it.each(examples.map(([schema, value], i) => [i, schema, value] as const))(
    "accepts example %i",
    (_i, schema, value) => {
      const result = schema.safeParse(value);
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it("rejects what the spec forbids", () => {
    expect(ccsIdSchema.safeParse("-abc").success).toBe(false);
    expect(ccsIdSchema.safeParse("abc.").success).toBe(false);
    expect(ccsIdSchema.safeParse("a".repeat(37)).success).toBe(false);
    expect(ccsIdSchema.safeParse("team_11.b-2").success).toBe(true);
    // A typo in our own output is caught: the objects are strict.
    expect(ccsAwardSchema.safeParse({ id: "winner", citation: "Winner", teamIds: [] }).success).toBe(false);
    expect(
      ccsLanguageSchema.safeParse({ id: "py", name: "Python", entry_point_required: true, extensions: ["py"] }).success,
    ).toBe(false);
    expect(
      ccsJudgementSchema.safeParse({
        id: "j",
        submission_id: "s",
        judgement_type_id: "AC",
        start_time: "2026-06-13T12:56:38.033Z",
      }).success,
    ).toBe(false);
    expect(
      ccsClarificationSchema.safeParse({
        id: "c",
        from_team_id: "1",
        to_team_ids: ["2"],
        text: "hi",
        time: "2026-06-13T12:56:38.033Z",
        contest_time: "0:01:00",
      }).success,
    ).toBe(false);
  });

  it("checks the order of the state's instants", () => {
    expect(ccsStateSchema.safeParse({ ...state, ended: "2026-06-25T13:00:00+01" }).success).toBe(false);
    expect(ccsStateSchema.safeParse({ started: null, ended: "2026-06-25T15:00:00+01" }).success).toBe(false);
    expect(ccsStateSchema.safeParse({ started: "2026-06-25T10:00:00Z", thawed: "2026-06-25T16:00:00Z" }).success).toBe(
      false,
    );
    expect(
      ccsStateSchema.safeParse({
        started: "2026-06-25T10:00:00Z",
        ended: "2026-06-25T15:00:00Z",
        finalized: "2026-06-25T15:30:00Z",
        end_of_updates: "2026-06-25T15:31:00Z",
      }).success,
    ).toBe(true);
  });

  it("requires the time of a solved scoreboard cell", () => {
    const row = {
      rank: 1,
      team_id: "t",
      score: { num_solved: 1, total_time: 20 },
      problems: [{ problem_id: "a", num_judged: 1, num_pending: 0, solved: true }],
    };
    expect(
      ccsScoreboardSchema.safeParse({ time: "2026-06-25T10:00:00Z", contest_time: "0:20:00", state: {}, rows: [row] })
        .success,
    ).toBe(false);
  });
});

describe("CCS event feed", () => {
  it("accepts an object event, a collection event and a deletion", () => {
    const events = [
      {
        type: "contest",
        data: {
          id: "dress",
          name: "Dress",
          start_time: null,
          countdown_pause_time: "0:03:38.749",
          duration: "2:30:00",
          scoreboard_type: "pass-fail",
        },
      },
      {
        type: "problems",
        id: null,
        data: [
          {
            id: "asteroids",
            label: "A",
            name: "Asteroids",
            ordinal: 1,
            color: "blue",
            rgb: "#00f",
            time_limit: 2,
            test_data_count: 10,
          },
        ],
      },
      { type: "submissions", id: "187", data: null, token: "abc123" },
      { type: "state", id: null, data: state },
    ];
    for (const event of events) expect(ccsEventSchema.safeParse(event).error?.issues ?? []).toEqual([]);
  });

  it("checks the data against the type's schema and the id against data.id", () => {
    const bad = ccsEventSchema.safeParse({ type: "teams", id: "t1", data: { id: "t1", name: "No label" } });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["data.label"]);
    expect(
      ccsEventSchema.safeParse({
        type: "awards",
        id: "winner",
        data: { id: "gold-medal", citation: "x", team_ids: [] },
      }).success,
    ).toBe(false);
    expect(ccsEventSchema.safeParse({ type: "contest", id: "c", data: null }).success).toBe(false);
    expect(ccsEventSchema.safeParse({ type: "scoreboard", id: null, data: null }).success).toBe(false);
  });

  it("writes one compact JSON line per event, token only when given", () => {
    expect(
      formatEventLine({
        type: "awards",
        id: "winner",
        data: { id: "winner", citation: "Winner", team_ids: [] },
        token: "7",
      }),
    ).toBe('{"type":"awards","id":"winner","data":{"id":"winner","citation":"Winner","team_ids":[]},"token":"7"}\n');
    expect(formatEventLine({ type: "state", data: null })).toBe('{"type":"state","id":null,"data":null}\n');
  });
});
