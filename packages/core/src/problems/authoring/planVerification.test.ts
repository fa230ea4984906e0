import { describe, expect, it } from "vitest";
import type { PackageSubmission } from "../package/readSubmissions";
import { MAX_VERIFICATION_RUNS, planVerification } from "./planVerification";

const submission = (rel: string, language: PackageSubmission["language"] = "python3"): PackageSubmission => {
  const category = rel.split("/")[1] as PackageSubmission["category"];
  const expected = ({ accepted: "AC", wrong_answer: "WA", time_limit_exceeded: "TLE", run_time_error: "RE" } as const)[
    category
  ];
  return { rel, category, expected, language, source: "print(1)" };
};

describe("planVerification", () => {
  it("orders by Kattis category, then path", () => {
    const { runs, warnings } = planVerification(
      [
        submission("submissions/wrong_answer/b.py"),
        submission("submissions/run_time_error/a.py"),
        submission("submissions/accepted/z.py"),
        submission("submissions/accepted/a.py"),
      ],
      new Set(["python3"]),
    );
    expect(runs.map((r) => r.rel)).toEqual([
      "submissions/accepted/a.py",
      "submissions/accepted/z.py",
      "submissions/wrong_answer/b.py",
      "submissions/run_time_error/a.py",
    ]);
    expect(warnings).toEqual([]);
  });

  it("leaves out languages the judge lacks, and anything past the cap, saying so", () => {
    const many = Array.from({ length: MAX_VERIFICATION_RUNS + 2 }, (_, i) =>
      submission(`submissions/accepted/s${String(i).padStart(3, "0")}.py`),
    );
    const { runs, warnings } = planVerification(
      [...many, submission("submissions/accepted/x.cpp", "cpp")],
      new Set(["python3"]),
    );
    expect(runs).toHaveLength(MAX_VERIFICATION_RUNS);
    expect(warnings).toEqual([
      "submissions/accepted/x.cpp: cpp is not installed on this judge: not verified",
      `submissions/accepted/s050.py: more than ${MAX_VERIFICATION_RUNS} submissions: not verified`,
      `submissions/accepted/s051.py: more than ${MAX_VERIFICATION_RUNS} submissions: not verified`,
    ]);
  });
});
