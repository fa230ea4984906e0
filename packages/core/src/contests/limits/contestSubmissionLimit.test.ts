import { describe, expect, it } from "vitest";
import { checkSubmissionLimit } from "./contestSubmissionLimit";

const MIN = 60_000;
const limit = { count: 3, windowMs: 5 * MIN };

describe("checkSubmissionLimit", () => {
  it("allows up to the count inside the window", () => {
    expect(checkSubmissionLimit(limit, [], 0)).toEqual({ allowed: true });
    expect(checkSubmissionLimit(limit, [0, MIN], 2 * MIN)).toEqual({ allowed: true });
  });

  it("refuses the next one until the oldest leaves the window", () => {
    expect(checkSubmissionLimit(limit, [0, MIN, 2 * MIN], 3 * MIN)).toEqual({ allowed: false, retryAtMs: 5 * MIN });
    expect(checkSubmissionLimit(limit, [0, MIN, 2 * MIN], 5 * MIN)).toEqual({ allowed: true });
  });

  it("ignores submissions older than the window and counts from the right one when over", () => {
    expect(checkSubmissionLimit(limit, [-10 * MIN, MIN, 2 * MIN], 3 * MIN)).toEqual({ allowed: true });
    const refused = checkSubmissionLimit(limit, [0, MIN, 2 * MIN, 2.5 * MIN], 3 * MIN);
    expect(refused).toEqual({ allowed: false, retryAtMs: 6 * MIN });
  });
});
