import { describe, expect, it } from "vitest";
import { naturalCompare } from "./naturalCompare";

const sorted = (xs: string[]) => [...xs].sort(naturalCompare);

describe("naturalCompare", () => {
  it("orders numbers by value", () => {
    expect(sorted(["10", "2", "1", "11", "3"])).toEqual(["1", "2", "3", "10", "11"]);
  });
  it("orders mixed names by their text and numbers", () => {
    expect(sorted(["test10", "test2", "big-1", "test1", "a"])).toEqual(["a", "big-1", "test1", "test2", "test10"]);
    expect(sorted(["g1-t10", "g1-t9", "g2-t1"])).toEqual(["g1-t9", "g1-t10", "g2-t1"]);
  });
  it("handles numbers too large for a double", () => {
    expect(sorted(["100000000000000000001", "100000000000000000000", "9"])).toEqual([
      "9",
      "100000000000000000000",
      "100000000000000000001",
    ]);
  });
  it("is a total order: equal values with leading zeros still get a fixed place", () => {
    expect(sorted(["01", "1", "001"])).toEqual(["001", "01", "1"]);
    expect(naturalCompare("x", "x")).toBe(0);
  });
});
