import { describe, expect, it } from "vitest";
import { parseExtension } from "./parseExtension";
import { exampleTimeline } from "./testing/exampleTimeline";

const timeline = exampleTimeline();

describe("parseExtension", () => {
  it("accepts a due date after the assignment's", () => {
    expect(parseExtension({ dueAt: "2026-09-17T12:00:00+02:00" }, timeline)).toEqual({
      ok: true,
      value: new Date("2026-09-17T10:00:00Z"),
    });
  });

  it("refuses a due date at or before the assignment's, saying which", () => {
    const message = "dueAt must be after the assignment's due date (Tue, 15 Sep 2026, 12:00 UTC).";
    expect(parseExtension({ dueAt: "2026-09-15T12:00:00Z" }, timeline)).toEqual({
      ok: false,
      issues: [{ field: "dueAt", message }],
    });
    expect(parseExtension({ dueAt: "2026-09-01T00:00:00Z" }, timeline)).toMatchObject({ ok: false });
  });

  it("names a missing or malformed dueAt, and a body that is not an object", () => {
    expect(parseExtension({}, timeline)).toEqual({
      ok: false,
      issues: [{ field: "dueAt", message: "dueAt is required." }],
    });
    expect(parseExtension({ dueAt: "next week" }, timeline)).toMatchObject({
      issues: [{ field: "dueAt", message: expect.stringContaining("ISO 8601") as unknown }],
    });
    expect(parseExtension(null, timeline)).toMatchObject({ issues: [{ field: "" }] });
  });
});
