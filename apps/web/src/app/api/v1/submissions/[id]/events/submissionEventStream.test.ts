import type { JudgeEvent, SubmissionView } from "@arbiter/shared";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openSubmissionEventStream, type SubmissionEventSource } from "./submissionEventStream";
import { QUEUED_VIEW as base } from "@/components/submission/testing/queuedView";

const test1: JudgeEvent = { type: "test", index: 1, verdict: "AC", timeMs: 3, memoryKb: 900, sample: true };

/** A fake Redis + database: `publish` delivers to the subscriber, `views` are read in turn. */
function fakeSource(views: SubmissionView[], onLoad?: (publish: (e: JudgeEvent) => void) => void) {
  let listener: ((event: JudgeEvent) => void) | null = null;
  const calls: string[] = [];
  const publish = (event: JudgeEvent) => listener?.(event);
  const source: SubmissionEventSource = {
    async subscribe(onEvent) {
      calls.push("subscribe");
      listener = onEvent;
      return {
        close: async () => {
          calls.push("close");
          listener = null;
        },
      };
    },
    async loadView() {
      calls.push("load");
      onLoad?.(publish);
      return views.length > 1 ? views.shift()! : views[0]!;
    },
  };
  return { source, publish, calls };
}

/** Reads the stream into SSE frames: `event name` + parsed data, comments as ":". */
async function readFrames(stream: ReadableStream<Uint8Array>, until: (frames: string[]) => boolean) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const frames = () =>
    text
      .split("\n\n")
      .slice(0, -1)
      .map((f) => (f.startsWith(":") ? ":" : f.startsWith("retry") ? "retry" : (/^event: (\w+)/.exec(f)?.[1] ?? f)));
  for (;;) {
    if (until(frames())) break;
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  reader.releaseLock();
  return { frames: frames(), text };
}

afterEach(() => {
  vi.useRealTimers();
});

const options = { heartbeatMs: 15_000, resyncMs: 60_000 };

describe("openSubmissionEventStream", () => {
  it("subscribes before reading the snapshot and replays what arrived in between", async () => {
    // The worker publishes while the snapshot is being read: the event must not be lost.
    const { source, publish, calls } = fakeSource([base], (pub) => pub({ type: "status", status: "judging" }));
    const stream = await openSubmissionEventStream(source, options);
    expect(calls).toEqual(["subscribe", "load"]);
    publish(test1);
    publish({ type: "done", verdict: "AC", score: 100 });
    const { frames, text } = await readFrames(stream, () => false);
    expect(frames).toEqual(["retry", "snapshot", "status", "test", "done"]);
    expect(text).toContain('"index":1');
    expect(calls.at(-1)).toBe("close");
  });

  it("sends only the snapshot for a finished submission", async () => {
    const { source, calls } = fakeSource([{ ...base, status: "done", verdict: "WA", score: 0 }]);
    const { frames } = await readFrames(await openSubmissionEventStream(source, options), () => false);
    expect(frames).toEqual(["retry", "snapshot"]);
    expect(calls).toEqual(["subscribe", "load", "close"]);
  });

  it("releases the subscription when the snapshot cannot be read", async () => {
    const { source, calls } = fakeSource([base]);
    source.loadView = () => Promise.reject(new Error("not found"));
    const onClose = vi.fn();
    await expect(openSubmissionEventStream(source, { ...options, onClose })).rejects.toThrow("not found");
    expect(calls).toEqual(["subscribe", "close"]);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("unsubscribes when the client goes away", async () => {
    const { source, calls } = fakeSource([base]);
    const abort = new AbortController();
    const onClose = vi.fn();
    const stream = await openSubmissionEventStream(source, { ...options, signal: abort.signal, onClose });
    await readFrames(stream, (f) => f.includes("snapshot"));
    abort.abort();
    await vi.waitFor(() => expect(calls.at(-1)).toBe("close"));
    expect(onClose).toHaveBeenCalledOnce();
    await stream.cancel();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("sends heartbeats, and a fresh snapshot when the database moved on without events", async () => {
    vi.useFakeTimers();
    const judged = {
      ...base,
      status: "judging" as const,
      tests: [{ ...test1, sample: true }].map(({ type: _t, ...t }) => t),
    };
    const { source } = fakeSource([base, judged, { ...judged, status: "done", verdict: "AC", score: 100 }]);
    const stream = await openSubmissionEventStream(source, { heartbeatMs: 1000, resyncMs: 4000 });
    const reading = readFrames(stream, () => false);
    await vi.advanceTimersByTimeAsync(4000); // one resync: judged
    await vi.advanceTimersByTimeAsync(4000); // another: done, which ends the stream
    const { frames } = await reading;
    expect(frames.filter((f) => f === ":").length).toBeGreaterThanOrEqual(4);
    expect(frames.filter((f) => f === "snapshot")).toHaveLength(3);
  });
});
