import { describe, expect, it } from "vitest";
import { jobIdFor, jobPriority, submissionJobIds, tierForSubmission, tierPriorityRange } from "./queue";

describe("jobPriority", () => {
  it("orders tiers contest > assignment > practice > custom > rejudge, whatever the backlog", () => {
    const worstContest = jobPriority({ tier: "contest", userPending: 10_000_000 });
    expect(worstContest).toBeLessThan(jobPriority({ tier: "assignment" }));
    expect(jobPriority({ tier: "assignment", userPending: 99_999 })).toBeLessThan(jobPriority({ tier: "practice" }));
    expect(jobPriority({ tier: "practice", userPending: 99_999 })).toBeLessThan(jobPriority({ tier: "custom" }));
    expect(jobPriority({ tier: "custom", userPending: 99_999 })).toBeLessThan(jobPriority({ tier: "rejudge" }));
  });
  it("pushes a user's n-th pending job back by n within the tier", () => {
    expect(jobPriority({ tier: "practice", userPending: 5 }) - jobPriority({ tier: "practice" })).toBe(5);
    expect(jobPriority({ tier: "practice", userPending: -3 })).toBe(jobPriority({ tier: "practice" }));
  });
  it("stays within BullMQ's priority range (2^21) and inside its tier's range", () => {
    for (const tier of ["contest", "assignment", "practice", "custom", "rejudge"] as const) {
      const [low, high] = tierPriorityRange(tier);
      expect(jobPriority({ tier })).toBe(low);
      expect(jobPriority({ tier, userPending: 1e9 })).toBe(high);
      expect(high).toBeLessThan(2 ** 21);
    }
  });
});

describe("tiers and job ids", () => {
  it("takes a submission's tier from its context, except rejudges", () => {
    expect(tierForSubmission("contest", "submit")).toBe("contest");
    expect(tierForSubmission("assignment", "reconcile")).toBe("assignment");
    expect(tierForSubmission("contest", "rejudge")).toBe("rejudge");
  });
  it("gives a submission one id for first judgings and one for rejudges", () => {
    expect(jobIdFor({ kind: "submission", submissionId: "s", reason: "submit" })).toBe("submission-s");
    expect(jobIdFor({ kind: "submission", submissionId: "s", reason: "reconcile" })).toBe("submission-s");
    expect(jobIdFor({ kind: "submission", submissionId: "s", reason: "rejudge" })).toBe("rejudge-s");
    expect(jobIdFor({ kind: "custom", customRunId: "c" })).toBe("custom-c");
    expect(submissionJobIds("s")).toEqual(["submission-s", "rejudge-s"]);
  });
});
