import { describe, expect, it } from "vitest";
import { applyJudgeEvent, newerView, viewDiffers } from "./applyJudgeEvent";
import { QUEUED_VIEW as queued } from "./testing/queuedView";

const test = (index: number, verdict: "AC" | "WA" = "AC") =>
  ({ type: "test", index, verdict, timeMs: 5, memoryKb: 900, sample: index <= 2 }) as const;

describe("applyJudgeEvent", () => {
  it("builds a view from a judging's events", () => {
    let view = applyJudgeEvent(queued, { type: "status", status: "judging" });
    view = applyJudgeEvent(view, { type: "compiled", ok: true });
    view = applyJudgeEvent(view, test(2, "WA"));
    view = applyJudgeEvent(view, test(1));
    expect(view.status).toBe("judging");
    expect(view.tests.map((t) => [t.index, t.verdict])).toEqual([
      [1, "AC"],
      [2, "WA"],
    ]);
    view = applyJudgeEvent(view, { type: "done", verdict: "WA", score: 50 });
    expect(view).toMatchObject({ status: "done", verdict: "WA", score: 50 });
  });

  it("ignores events the snapshot already contains", () => {
    const judged = applyJudgeEvent(applyJudgeEvent(queued, test(1)), test(2));
    expect(applyJudgeEvent(judged, test(1)).tests).toHaveLength(2);
    expect(applyJudgeEvent(judged, { type: "status", status: "queued" }).status).toBe("judging");
    const done = applyJudgeEvent(judged, { type: "done", verdict: "AC", score: 100 });
    expect(applyJudgeEvent(done, { type: "status", status: "judging" })).toBe(done);
    expect(applyJudgeEvent(done, test(3))).toBe(done);
  });
});

describe("newerView and viewDiffers", () => {
  it("prefers the later status, then more results", () => {
    const one = applyJudgeEvent(queued, test(1));
    const two = applyJudgeEvent(one, test(2));
    expect(newerView(one, two)).toBe(two);
    expect(newerView(two, one)).toBe(two);
    expect(newerView(queued, one)).toBe(one);
    expect(viewDiffers(one, two)).toBe(true);
    expect(viewDiffers(two, { ...two })).toBe(false);
  });
});
