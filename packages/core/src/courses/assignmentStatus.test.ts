import { describe, expect, it } from "vitest";
import { assignmentStatus } from "./assignmentStatus";
import { at, exampleTimeline } from "./testing/exampleTimeline";

describe("assignmentStatus", () => {
  const t = exampleTimeline();
  it("is not open before opensAt", () => {
    expect(assignmentStatus(t, undefined, at("2026-09-01T09:00:00Z", -1))).toEqual({
      kind: "not_open",
      opensAt: t.opensAt,
    });
  });
  it("is open until the due date and says what comes next", () => {
    expect(assignmentStatus(t, undefined, at("2026-09-15T12:00:00Z"))).toEqual({
      kind: "open",
      dueAt: t.dueAt,
      next: { percent: 80, until: at("2026-09-16T12:00:00Z") },
    });
  });
  it("is late with the window's credit, then closed", () => {
    expect(assignmentStatus(t, undefined, at("2026-09-16T12:00:00Z", 1))).toMatchObject({
      kind: "late",
      percent: 50,
      until: at("2026-09-22T12:00:00Z"),
      next: null,
    });
    expect(assignmentStatus(t, undefined, at("2026-09-22T12:00:00Z", 1))).toEqual({
      kind: "closed",
      closedAt: at("2026-09-22T12:00:00Z"),
    });
    expect(assignmentStatus(exampleTimeline("practice"), undefined, at("2026-10-01T00:00:00Z")).kind).toBe("practice");
  });
  it("moves with an extension", () => {
    const status = assignmentStatus(t, { student: at("2026-09-17T12:00:00Z") }, at("2026-09-16T13:00:00Z"));
    expect(status).toMatchObject({ kind: "open", dueAt: at("2026-09-17T12:00:00Z") });
  });
});
