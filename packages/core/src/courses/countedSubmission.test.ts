import { describe, expect, it } from "vitest";
import type { Credit } from "./creditAt";
import { countedSubmission, type GradedAttempt } from "./countedSubmission";

const onTime: Credit = { kind: "on_time", percent: 100 };
const late80: Credit = { kind: "late", percent: 80, windowIndex: 0 };
const late50: Credit = { kind: "late", percent: 50, windowIndex: 1 };

function attempt(id: string, day: number, scorePercent: number | null, credit: Credit, verdict = "WA"): GradedAttempt {
  return {
    id,
    submittedAt: new Date(Date.UTC(2026, 8, day)),
    verdict: scorePercent === null ? null : (verdict as GradedAttempt["verdict"]),
    scorePercent,
    credit,
  };
}

describe("countedSubmission", () => {
  it("best: takes the highest score × credit, so a full late score beats a weaker on-time one", () => {
    const list = [attempt("a", 10, 60, onTime), attempt("b", 16, 100, late80), attempt("c", 20, 100, late50)];
    // 60 × 100 = 6000 < 100 × 80 = 8000 > 100 × 50 = 5000
    expect(countedSubmission(list, "best")?.id).toBe("b");
  });

  it("best: the earliest wins a tie", () => {
    const list = [attempt("late", 16, 100, late80), attempt("early", 10, 80, onTime), attempt("again", 12, 80, onTime)];
    expect(countedSubmission(list, "best")?.id).toBe("early");
  });

  it("last: the newest counted submission, even if it scores less", () => {
    const list = [
      attempt("a", 10, 100, onTime, "AC"),
      attempt("b", 16, 40, late80),
      attempt("p", 25, 100, { kind: "practice" }, "AC"),
    ];
    expect(countedSubmission(list, "last")?.id).toBe("b");
    expect(countedSubmission(list, "best")?.id).toBe("a");
  });

  it("last: input order does not matter, time does", () => {
    const list = [attempt("newer", 14, 10, onTime), attempt("older", 12, 100, onTime)];
    expect(countedSubmission(list, "last")?.id).toBe("newer");
  });

  it("ignores pending submissions and judge failures (IE), whatever their time", () => {
    const list = [
      attempt("judged", 10, 50, onTime),
      attempt("pending", 12, null, onTime),
      attempt("ie", 13, 0, onTime, "IE"),
    ];
    expect(countedSubmission(list, "last")?.id).toBe("judged");
    expect(countedSubmission(list, "best")?.id).toBe("judged");
  });

  it("never counts practice, closed or not-yet-open submissions", () => {
    const list = [
      attempt("p", 25, 100, { kind: "practice" }, "AC"),
      attempt("c", 25, 100, { kind: "closed" }, "AC"),
      attempt("n", 1, 100, { kind: "not_open" }, "AC"),
    ];
    expect(countedSubmission(list, "best")).toBeNull();
    expect(countedSubmission(list, "last")).toBeNull();
  });

  it("counts a compile error as the student's result (score 0) under last", () => {
    const list = [attempt("ac", 10, 100, onTime, "AC"), attempt("ce", 11, 0, onTime, "CE")];
    expect(countedSubmission(list, "last")?.id).toBe("ce");
    expect(countedSubmission(list, "best")?.id).toBe("ac");
  });

  it("is null for no submissions", () => {
    expect(countedSubmission([], "best")).toBeNull();
  });
});

describe("countedSubmission on generated histories", () => {
  // A fixed-seed generator, so a failure always reproduces.
  function random(seed: number) {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return state / 2 ** 31;
    };
  }
  const credits: Credit[] = [onTime, late80, late50, { kind: "practice" }, { kind: "closed" }];
  const verdicts = ["AC", "WA", "CE", "IE", null] as const;

  it("best is worth at least as much as every counted attempt (the earliest of equals); last is not older than any", () => {
    const next = random(42);
    for (let round = 0; round < 500; round++) {
      const list: GradedAttempt[] = Array.from({ length: 1 + Math.floor(next() * 8) }, (_, i) => {
        const verdict = verdicts[Math.floor(next() * verdicts.length)] ?? null;
        return {
          id: `s${i}`,
          submittedAt: new Date(Date.UTC(2026, 8, 1 + Math.floor(next() * 20))),
          verdict,
          scorePercent: verdict === null ? null : Math.round(next() * 4) * 25,
          credit: credits[Math.floor(next() * credits.length)] ?? onTime,
        };
      });
      const eligible = list.filter(
        (s) => s.verdict !== null && s.verdict !== "IE" && (s.credit.kind === "on_time" || s.credit.kind === "late"),
      );
      const worth = (s: GradedAttempt) => (s.scorePercent ?? 0) * ("percent" in s.credit ? s.credit.percent : 0);
      const best = countedSubmission(list, "best");
      const last = countedSubmission(list, "last");
      if (eligible.length === 0) {
        expect([best, last]).toEqual([null, null]);
        continue;
      }
      expect(eligible).toContain(best);
      expect(eligible).toContain(last);
      for (const s of eligible) {
        expect(worth(best as GradedAttempt)).toBeGreaterThanOrEqual(worth(s));
        if (worth(s) === worth(best as GradedAttempt)) {
          expect((best as GradedAttempt).submittedAt.getTime()).toBeLessThanOrEqual(s.submittedAt.getTime());
        }
        expect((last as GradedAttempt).submittedAt.getTime()).toBeGreaterThanOrEqual(s.submittedAt.getTime());
      }
    }
  });
});
