import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { isLocalWorkerAlive } from "./workerLiveness";

describe("isLocalWorkerAlive", () => {
  it("knows a live worker on this host", () => {
    expect(isLocalWorkerAlive(`box:${process.pid}`, "box")).toBe(true);
  });
  it("knows a dead one", () => {
    const finished = spawnSync(process.execPath, ["-e", "0"]);
    expect(isLocalWorkerAlive(`box:${finished.pid}`, "box")).toBe(false);
  });
  it("cannot tell for other hosts or other id forms", () => {
    expect(isLocalWorkerAlive(`elsewhere:${process.pid}`, "box")).toBeUndefined();
    expect(isLocalWorkerAlive("integration-test", "box")).toBeUndefined();
    expect(isLocalWorkerAlive("box:0", "box")).toBeUndefined();
  });
});
