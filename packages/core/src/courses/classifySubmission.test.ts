import { describe, expect, it } from "vitest";
import { classifySubmission } from "./classifySubmission";
import { at, exampleTimeline } from "./testing/exampleTimeline";

const closed = exampleTimeline("closed");
const practice = exampleTimeline("practice");

describe("classifySubmission", () => {
  it("refuses a submission before the opening and says when it opens", () => {
    expect(classifySubmission(closed, undefined, at("2026-08-31T00:00:00Z"))).toEqual({
      outcome: "refused",
      reason: "not_open",
      message: "This assignment opens at Tue, 1 Sep 2026, 09:00 UTC.",
    });
  });

  it("counts an on-time submission at full credit with no message", () => {
    expect(classifySubmission(closed, undefined, at("2026-09-15T12:00:00Z"))).toEqual({
      outcome: "counted",
      credit: { kind: "on_time", percent: 100 },
      message: null,
    });
  });

  it("counts a late submission and tells what it earns", () => {
    expect(classifySubmission(closed, undefined, at("2026-09-16T00:00:00Z"))).toEqual({
      outcome: "counted",
      credit: { kind: "late", percent: 80, windowIndex: 0 },
      message: "Submitted after the due date (Tue, 15 Sep 2026, 12:00 UTC): it earns 80 % of the points.",
    });
  });

  it("refuses after the last late window when the rule says closed, naming that moment", () => {
    expect(classifySubmission(closed, undefined, at("2026-09-22T12:00:00Z", 1))).toEqual({
      outcome: "refused",
      reason: "closed",
      message: "This assignment closed at Tue, 22 Sep 2026, 12:00 UTC.",
    });
  });

  it("judges as practice after the last late window when the rule says practice", () => {
    const result = classifySubmission(practice, undefined, at("2026-09-23T00:00:00Z"));
    expect(result).toMatchObject({ outcome: "practice", credit: { kind: "practice" } });
    expect(result.message).toBe(
      "This assignment closed at Tue, 22 Sep 2026, 12:00 UTC: your submission is judged as practice and does not count.",
    );
  });

  it("tells a student with an extension their own closing time", () => {
    const result = classifySubmission(closed, { student: at("2026-09-17T12:00:00Z") }, at("2026-09-30T00:00:00Z"));
    expect(result).toMatchObject({
      outcome: "refused",
      message: "This assignment closed at Thu, 24 Sep 2026, 12:00 UTC.",
    });
  });

  it("decides by the creation time: a submission made on time stays on time however late it is judged", () => {
    const createdAt = at("2026-09-15T11:59:59Z");
    // The caller passes createdAt; nothing here reads a clock, so the judging time cannot leak in.
    expect(classifySubmission(closed, undefined, createdAt)).toMatchObject({
      outcome: "counted",
      credit: { percent: 100 },
    });
  });

  it("writes times in the viewer's time zone when asked", () => {
    const result = classifySubmission(closed, undefined, at("2026-08-31T00:00:00Z"), { timeZone: "Europe/Brussels" });
    expect(result.message).toBe("This assignment opens at Tue, 1 Sep 2026, 11:00 CEST.");
  });
});
