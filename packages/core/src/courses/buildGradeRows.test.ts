import { describe, expect, it } from "vitest";
import { buildGradeRows, type GradebookInput, type GradebookSubmission } from "./buildGradeRows";
import type { Credit } from "./creditAt";
import { toGradesResponse } from "./toGradesResponse";

const onTime: Credit = { kind: "on_time", percent: 100 };
const late80: Credit = { kind: "late", percent: 80, windowIndex: 0 };

function sub(id: string, userId: string, problem: string, day: number, scorePercent: number | null, credit: Credit) {
  const verdict = scorePercent === null ? null : scorePercent === 100 ? "AC" : "WA";
  return {
    id,
    userId,
    problem,
    submittedAt: new Date(Date.UTC(2026, 8, day)),
    verdict,
    scorePercent,
    credit,
  } as GradebookSubmission;
}

const base: GradebookInput = {
  students: [
    { userId: "u1", email: "ada@example.com", name: "Ada", section: "Lab A" },
    { userId: "u2", email: "bob@example.com", name: "Bob", section: null },
  ],
  problems: [
    { problem: "sum", points: 30 },
    { problem: "graph", points: 70 },
  ],
  submissions: [
    sub("s1", "u1", "sum", 10, 100, onTime),
    sub("s2", "u1", "graph", 10, 50, onTime),
    sub("s3", "u1", "graph", 16, 100, late80),
    sub("s4", "u1", "graph", 17, null, late80),
    sub("x", "u9", "sum", 10, 100, onTime),
    sub("y", "u2", "other", 10, 100, onTime),
  ],
  overrides: [],
  counts: "best",
};

describe("buildGradeRows", () => {
  it("scores each problem as points × score/100 × credit/100 for the counted submission", () => {
    const [ada] = buildGradeRows(base);
    // sum: 30 × 1 × 1 = 30; graph: best of 70 × .5 = 35 and 70 × 1 × .8 = 56.
    expect(ada?.problems.map((c) => [c.problem, c.score, c.late, c.submissionId])).toEqual([
      ["sum", 30, false, "s1"],
      ["graph", 56, true, "s3"],
    ]);
    expect(ada?.total).toBe(86);
    expect(ada?.problems[1]?.attempts).toBe(2);
    expect(ada?.problems[1]?.submittedAt).toEqual(new Date(Date.UTC(2026, 8, 16)));
  });

  it("uses the last counted submission under last", () => {
    const [ada] = buildGradeRows({ ...base, counts: "last" });
    expect(ada?.problems[1]).toMatchObject({ score: 56, submissionId: "s3" });
    const [again] = buildGradeRows({ ...base, counts: "last", submissions: base.submissions.slice(0, 2) });
    expect(again?.problems[1]).toMatchObject({ score: 35, submissionId: "s2", late: false });
  });

  it("gives 0 and no submission to a student who submitted nothing, ignoring other people and problems", () => {
    const [, bob] = buildGradeRows(base);
    expect(bob).toMatchObject({ email: "bob@example.com", section: null, total: 0 });
    expect(bob?.problems.map((c) => [c.score, c.submissionId, c.attempts])).toEqual([
      [0, null, 0],
      [0, null, 0],
    ]);
  });

  it("lets a staff override replace the computed score and clear the late flag, keeping both in the model", () => {
    const [ada] = buildGradeRows({
      ...base,
      overrides: [{ userId: "u1", problem: "graph", score: 70, reason: "regrade" }],
    });
    expect(ada?.problems[1]).toMatchObject({
      score: 70,
      late: false,
      submissionId: "s3",
      override: { score: 70, reason: "regrade", computedScore: 56 },
    });
    expect(ada?.total).toBe(100);
  });

  it("rounds to hundredths so totals add up to what the cells show", () => {
    const thirds: GradebookInput = {
      ...base,
      problems: [{ problem: "sum", points: 10 }],
      submissions: [sub("t", "u1", "sum", 10, 33.333, onTime)],
    };
    expect(buildGradeRows(thirds)[0]?.total).toBe(3.33);
  });

  it("maps to exactly the REST shape of GET …/grades", () => {
    const response = toGradesResponse(buildGradeRows(base));
    expect(response[0]).toEqual({
      email: "ada@example.com",
      name: "Ada",
      section: "Lab A",
      problems: [
        { problem: "sum", score: 30, points: 30, late: false, submissionId: "s1" },
        { problem: "graph", score: 56, points: 70, late: true, submissionId: "s3" },
      ],
      total: 86,
    });
    expect(Object.keys(response[0] ?? {})).toEqual(["email", "name", "section", "problems", "total"]);
  });
});

describe("buildGradeRows with richer student objects", () => {
  it("copies only the student fields it knows, never the rest of an account row", () => {
    const account = {
      userId: "u1",
      email: "ada@example.com",
      name: "Ada",
      section: null,
      passwordHash: "scrypt$secret",
    };
    const students: GradebookInput["students"] = [account];
    const [row] = buildGradeRows({ ...base, students });
    expect(Object.keys(row ?? {})).toEqual(["userId", "email", "name", "section", "problems", "total"]);
  });
});
