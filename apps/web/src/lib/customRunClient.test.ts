import type { CustomRunView } from "@arbiter/shared";
import { describe, expect, it } from "vitest";
import { RunError, describeStatus, pollDelayMs, runCustom, type RunDeps, type RunProgress } from "./customRunClient";

const body = { problem: "aplusb", language: "python3", source: "print(1)", input: "1 2\n" };

function view(status: CustomRunView["status"], extra: Partial<CustomRunView> = {}): CustomRunView {
  return {
    id: "run1",
    problem: "aplusb",
    language: "python3",
    status,
    verdict: status === "done" ? "AC" : null,
    compileOutput: null,
    output: status === "done" ? "3\n" : null,
    stderr: null,
    timeMs: status === "done" ? 12 : null,
    memoryKb: status === "done" ? 9000 : null,
    createdAt: "2026-11-22T00:00:00.000Z",
    ...extra,
  };
}

/** Fake server answering each request from a script; a fake clock advanced by sleeps. */
function fakeDeps(answers: [number, unknown][]): RunDeps & { requests: string[] } {
  let clock = 0;
  const requests: string[] = [];
  return {
    requests,
    fetch: async (url, init) => {
      const path = typeof url === "string" ? url : url instanceof URL ? url.href : url.url;
      requests.push(`${init?.method ?? "GET"} ${path}`);
      const next = answers.shift();
      if (!next) throw new TypeError("network down");
      const [status, json] = next;
      return new Response(JSON.stringify(json), { status });
    },
    sleep: async (ms) => {
      clock += ms;
    },
    now: () => clock,
  };
}

describe("runCustom", () => {
  it("posts the run, polls until done and reports progress", async () => {
    const deps = fakeDeps([
      [202, { id: "run1", enqueued: true }],
      [200, view("queued")],
      [200, view("judging")],
      [200, view("done")],
    ]);
    const progress: RunProgress[] = [];
    const result = await runCustom(body, (p) => progress.push(p), new AbortController().signal, deps);
    expect(result.output).toBe("3\n");
    expect(deps.requests).toEqual([
      "POST /api/v1/custom-runs",
      "GET /api/v1/custom-runs/run1",
      "GET /api/v1/custom-runs/run1",
      "GET /api/v1/custom-runs/run1",
    ]);
    expect(progress.map((p) => (p.phase === "waiting" ? p.status : p.phase))).toEqual(["sending", "queued", "judging"]);
  });

  it("says when the run is saved but the queue was unreachable", async () => {
    const deps = fakeDeps([
      [202, { id: "run1", enqueued: false }],
      [200, view("queued")],
      [200, view("done")],
    ]);
    const progress: RunProgress[] = [];
    await runCustom(body, (p) => progress.push(p), new AbortController().signal, deps);
    expect(progress[1]).toMatchObject({ phase: "waiting", delayed: true });
  });

  it("passes the server's message on for a refusal (429, 400)", async () => {
    const message = "You are running code too fast; try again in 4 s.";
    const deps = fakeDeps([[429, { error: { code: "rate_limited", message } }]]);
    await expect(runCustom(body, () => undefined, new AbortController().signal, deps)).rejects.toThrow(message);
  });

  it("turns a network failure into plain words", async () => {
    const error: unknown = await runCustom(body, () => undefined, new AbortController().signal, fakeDeps([])).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RunError);
    expect((error as Error).message).toMatch(/Could not reach Arbiter/);
  });

  it("gives up after five minutes of waiting, saying the judge is busy", async () => {
    const answers: [number, unknown][] = [[202, { id: "run1", enqueued: true }]];
    for (let i = 0; i < 400; i++) answers.push([200, view("queued")]);
    const progress: RunProgress[] = [];
    const error: unknown = await runCustom(
      body,
      (p) => progress.push(p),
      new AbortController().signal,
      fakeDeps(answers),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/very busy/);
    expect(progress.some((p) => p.phase === "waiting" && p.slow)).toBe(true);
  });
});

describe("describeStatus", () => {
  it("explains each failure without exposing internals", () => {
    expect(describeStatus(401, "Send a valid API token")).toMatch(/Sign in again/);
    expect(describeStatus(413, undefined)).toMatch(/too large/);
    expect(describeStatus(503, "redis down")).toBe(
      "The judge is temporarily unavailable. Please try again in a minute.",
    );
    expect(describeStatus(500, "TypeError at x.ts:1")).toBe(
      "Something went wrong on our side. Please try again in a minute.",
    );
    expect(describeStatus(400, "source is empty")).toBe("source is empty");
  });

  it("polls quickly at first, then every 2 s", () => {
    expect(pollDelayMs(0)).toBe(300);
    expect(pollDelayMs(100)).toBe(2000);
  });
});
