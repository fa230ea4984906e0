import { describe, expect, it } from "vitest";
import { MIN } from "../testJournal";
import { contestConfigIssues, type ContestConfig } from "./contestConfigIssues";

const valid: ContestConfig = {
  format: "icpc",
  startMs: 0,
  durationMs: 300 * MIN,
  freezeDurationMs: 60 * MIN,
  thawAtMs: null,
  penaltyMinutes: 20,
  personalDurationMs: null,
  problems: [
    { label: "A", id: "hello" },
    { label: "B", id: "bye" },
  ],
};

describe("contestConfigIssues", () => {
  it("accepts a well-formed contest, including a freeze as long as the contest", () => {
    expect(contestConfigIssues(valid)).toEqual([]);
    expect(contestConfigIssues({ ...valid, freezeDurationMs: 300 * MIN })).toEqual([]);
  });

  it("names each problem by code", () => {
    expect(
      contestConfigIssues({
        ...valid,
        format: "codeforces",
        freezeDurationMs: 301 * MIN,
        thawAtMs: 299 * MIN,
        penaltyMinutes: -1,
        personalDurationMs: 301 * MIN,
        problems: [
          { label: "A", id: "hello" },
          { label: "A", id: "hello" },
          { label: "A B", id: "x" },
        ],
      }),
    ).toEqual([
      { code: "UNKNOWN_FORMAT" },
      { code: "FREEZE_LONGER_THAN_CONTEST" },
      { code: "THAW_BEFORE_END" },
      { code: "PENALTY_INVALID" },
      { code: "PERSONAL_DURATION_INVALID" },
      { code: "LABEL_DUPLICATE", label: "A" },
      { code: "PROBLEM_DUPLICATE", id: "hello" },
      { code: "LABEL_INVALID", label: "A B" },
    ]);
  });

  it("refuses a contest without length", () => {
    expect(contestConfigIssues({ ...valid, durationMs: 0, freezeDurationMs: null })).toEqual([
      { code: "DURATION_NOT_POSITIVE" },
    ]);
  });
});
