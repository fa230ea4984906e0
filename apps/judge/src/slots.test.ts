import { describe, expect, it } from "vitest";
import { SlotPool, pinnedCore } from "./slots";

describe("pinnedCore", () => {
  it("pins slot i to core i+1, leaving core 0 to the worker", () => {
    expect([0, 1, 2].map((i) => pinnedCore(i, 4))).toEqual(["1", "2", "3"]);
  });
  it("wraps when there are more slots than spare cores, and uses core 0 on one core", () => {
    expect([0, 1, 2, 3].map((i) => pinnedCore(i, 3))).toEqual(["1", "2", "1", "2"]);
    expect(pinnedCore(0, 1)).toBe("0");
  });
});

describe("SlotPool", () => {
  it("hands out each slot once, with its cpuset, and takes it back", () => {
    const pool = new SlotPool(2, (i) => pinnedCore(i, 8));
    const a = pool.acquire();
    const b = pool.acquire();
    expect([a, b]).toEqual([
      { index: 0, cpuset: "1" },
      { index: 1, cpuset: "2" },
    ]);
    expect(pool.busy).toBe(2);
    expect(() => pool.acquire()).toThrow(/busy/);
    pool.release(a);
    expect(pool.busy).toBe(1);
    expect(pool.acquire()).toEqual({ index: 0, cpuset: "1" });
  });
  it("leaves slots unpinned without a cpuset", () => {
    expect(new SlotPool(1).acquire()).toEqual({ index: 0 });
  });
});
