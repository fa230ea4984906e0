import { describe, expect, it } from "vitest";
import { parseCreditTimeline } from "./parseCreditTimeline";

const base = { opensAt: "2026-09-01T09:00:00Z", dueAt: "2026-09-15T12:00:00Z" };

function messages(input: unknown): string[] {
  const result = parseCreditTimeline(input);
  return result.ok ? [] : result.issues.map((i) => i.message);
}

describe("parseCreditTimeline", () => {
  it("parses the REST input into dates, with no late windows and closed by default", () => {
    const result = parseCreditTimeline(base);
    expect(result).toEqual({
      ok: true,
      value: {
        opensAt: new Date("2026-09-01T09:00:00Z"),
        dueAt: new Date("2026-09-15T12:00:00Z"),
        late: [],
        afterLate: "closed",
      },
    });
  });

  it("accepts offsets other than Z and times in the past", () => {
    const result = parseCreditTimeline({ opensAt: "2020-01-01T10:00:00+02:00", dueAt: "2020-01-01T09:00:00Z" });
    expect(result.ok && result.value.opensAt.toISOString()).toBe("2020-01-01T08:00:00.000Z");
  });

  it("names dueAt when it is not after opensAt (equal included)", () => {
    expect(messages({ ...base, dueAt: base.opensAt })).toEqual(["dueAt must be after opensAt."]);
    expect(messages({ ...base, dueAt: "2026-08-01T00:00:00Z" })).toEqual(["dueAt must be after opensAt."]);
  });

  it("names the late window that goes back in time, and the one that does not start after dueAt", () => {
    expect(
      messages({
        ...base,
        late: [
          { until: "2026-09-16T12:00:00Z", percent: 80 },
          { until: "2026-09-16T11:00:00Z", percent: 50 },
        ],
      }),
    ).toEqual(["late[1].until must be after late[0].until."]);
    expect(messages({ ...base, late: [{ until: base.dueAt, percent: 80 }] })).toEqual([
      "late[0].until must be after dueAt.",
    ]);
  });

  it("names a percent outside 0..100 and accepts both ends", () => {
    expect(messages({ ...base, late: [{ until: "2026-09-16T12:00:00Z", percent: 101 }] })).toEqual([
      "late[0].percent must be between 0 and 100.",
    ]);
    expect(messages({ ...base, late: [{ until: "2026-09-16T12:00:00Z", percent: -1 }] })).toEqual([
      "late[0].percent must be between 0 and 100.",
    ]);
    expect(
      parseCreditTimeline({
        ...base,
        late: [
          { until: "2026-09-16T12:00:00Z", percent: 100 },
          { until: "2026-09-17T12:00:00Z", percent: 0 },
        ],
      }).ok,
    ).toBe(true);
  });

  it("rejects times without a time zone, missing fields and an unknown afterLate", () => {
    expect(messages({ ...base, dueAt: "2026-09-15T12:00:00" })).toEqual([
      "dueAt must be an ISO 8601 date and time with a time zone, like 2026-09-01T09:00:00Z.",
    ]);
    expect(messages({ dueAt: base.dueAt })).toEqual(["opensAt is required."]);
    expect(messages({ ...base, afterLate: "open" })).toEqual(['afterLate must be "closed" or "practice".']);
    expect(messages("soon")).toEqual(["The late rule must be an object with opensAt and dueAt."]);
  });

  it("reports every problem at once, each with its field", () => {
    const result = parseCreditTimeline({
      ...base,
      dueAt: "2026-08-01T00:00:00Z",
      late: [{ until: "2026-09-16T12:00:00Z", percent: 120 }],
    });
    expect(result.ok ? [] : result.issues.map((i) => i.field).sort()).toEqual(["dueAt", "late[0].percent"]);
  });
});

describe("parseCreditTimeline with several bad fields", () => {
  it("gives one message per bad field, without follow-on complaints about times that did not parse", () => {
    const result = parseCreditTimeline({
      opensAt: "2026-09-01T09:00:00Z",
      dueAt: "2026-09-15T12:00:00Z",
      late: [
        { until: "tomorrow", percent: 80 },
        { until: "2026-09-01T00:00:00Z", percent: 50 },
      ],
    });
    expect(result.ok ? [] : result.issues).toEqual([
      {
        field: "late[0].until",
        message: "late[0].until must be an ISO 8601 date and time with a time zone, like 2026-09-01T09:00:00Z.",
      },
    ]);
  });

  it("rejects impossible dates and says which field lacks its percent", () => {
    const result = parseCreditTimeline({
      opensAt: "2026-02-30T00:00:00Z",
      dueAt: "2026-03-15T12:00:00Z",
      late: [{ until: "2026-03-16T12:00:00Z" }],
    });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      "opensAt must be an ISO 8601 date and time with a time zone, like 2026-09-01T09:00:00Z.",
      "late[0].percent is required.",
    ]);
  });
});

describe("parseCreditTimeline limits", () => {
  it(`accepts 20 late windows and refuses 21`, () => {
    const windows = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        until: `2026-10-${String(i + 1).padStart(2, "0")}T00:00:00Z`,
        percent: 50,
      }));
    expect(parseCreditTimeline({ ...base, late: windows(20) }).ok).toBe(true);
    expect(messages({ ...base, late: windows(21) })).toEqual(["late can have at most 20 windows."]);
  });

  it("keeps fractional seconds", () => {
    const result = parseCreditTimeline({ ...base, dueAt: "2026-09-15T12:00:00.250Z" });
    expect(result.ok && result.value.dueAt.getTime()).toBe(Date.UTC(2026, 8, 15, 12, 0, 0, 250));
  });
});
