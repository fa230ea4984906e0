import { describe, expect, it } from "vitest";
import { VERDICTS, VERDICT_PRECEDENCE, worstVerdict } from "./verdicts";

describe("worstVerdict", () => {
  it("is AC when every test passed or there are none", () => {
    expect(worstVerdict([])).toBe("AC");
    expect(worstVerdict(["AC", "AC"])).toBe("AC");
  });
  it("applies the documented precedence", () => {
    expect(worstVerdict(["AC", "WA", "RE"])).toBe("RE");
    expect(worstVerdict(["RE", "TLE", "MLE"])).toBe("TLE");
    expect(worstVerdict(["OLE", "MLE"])).toBe("MLE");
    expect(worstVerdict(["TLE", "IE"])).toBe("IE");
  });
  it("ranks every verdict exactly once", () => {
    expect([...VERDICT_PRECEDENCE].sort()).toEqual([...VERDICTS].sort());
  });
});
