import { describe, expect, it } from "vitest";
import { planTests } from "./testPlan";

const test = (index: number, groupId: string | null, isSample = false) => ({ index, groupId, isSample });

describe("planTests", () => {
  it("orders groups by index and tests by index within them", () => {
    const groups = [
      { id: "g2", name: "secret/large", index: 3, points: 70, dependencies: ["secret/small"] },
      { id: "g0", name: "sample", index: 1, points: 0, dependencies: [] },
      { id: "g1", name: "secret/small", index: 2, points: 30, dependencies: [] },
    ];
    const plan = planTests(groups, [test(4, "g2"), test(2, "g1"), test(1, "g0", true), test(3, "g1")]);
    expect(plan.map((g) => [g.name, g.tests.map((t) => t.index), g.sample])).toEqual([
      ["sample", [1], true],
      ["secret/small", [2, 3], false],
      ["secret/large", [4], false],
    ]);
    expect(plan[2]!.dependencies).toEqual(["secret/small"]);
  });

  it("puts tests without a group into implicit sample and secret groups", () => {
    const plan = planTests([], [test(2, null), test(1, null, true), test(3, null)]);
    expect(plan.map((g) => [g.name, g.tests.map((t) => t.index)])).toEqual([
      ["sample", [1]],
      ["secret", [2, 3]],
    ]);
  });
});
