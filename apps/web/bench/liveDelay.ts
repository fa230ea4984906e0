import { performance } from "node:perf_hooks";
import type { PrismaClient } from "@arbiter/db/client";
import { submissionChannel, type JudgeEvent } from "@arbiter/shared";
import { Redis } from "ioredis";
import { summarize, type Summary } from "./stats";

export interface LiveDelayResult {
  streams: number;
  /** Connect → `snapshot` received, per stream. */
  snapshot: Summary;
  /** Publish on Redis → event parsed by the SSE client, per (stream, event). */
  delay: Summary;
}

/** One SSE connection that timestamps every event as it is parsed. */
class StreamClient {
  readonly received = new Map<string, number>();
  snapshotAt = 0;
  private readonly controller = new AbortController();
  ended: Promise<void> = Promise.resolve();

  /** Connects and resolves once the snapshot has arrived; `ended` resolves when the stream does. */
  async open(url: string, headers: Record<string, string>): Promise<void> {
    const started = performance.now();
    const response = await fetch(url, { headers, signal: this.controller.signal });
    if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let resolveSnapshot!: () => void;
    const snapshot = new Promise<void>((resolve) => (resolveSnapshot = resolve));
    this.ended = (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const now = performance.now();
            const name = /^event: (\w+)$/m.exec(frame)?.[1];
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (name === "snapshot") {
              this.snapshotAt = now - started;
              resolveSnapshot();
            } else if (name === "test" && data) {
              this.received.set(String((JSON.parse(data) as { index: number }).index), now);
            }
          }
        }
      } catch {
        // aborted
      }
    })();
    await snapshot;
  }

  close(): void {
    this.controller.abort();
  }
}

/**
 * Measures how fast a judge event reaches a browser: each viewer follows a submission
 * of their own on `/events` (one stream each, as students do), then synthetic `test`
 * events are published on the submissions' Redis channels exactly as the worker does,
 * `events` rounds `gapMs` apart. Publisher and clients share this process's clock, so
 * the delay is publish → parsed by the client, through Redis, the web server's
 * subscriber and its HTTP stream.
 */
export async function measureSyntheticLiveDelay(options: {
  db: PrismaClient;
  baseUrl: string;
  redisUrl: string;
  viewers: { userId: string; token: string }[];
  problemSlug: string;
  events: number;
  gapMs: number;
}): Promise<LiveDelayResult> {
  const { db, viewers } = options;
  // Marked "judging" so streams stay open; deleted again long before the judge's
  // reconciler (which looks at rows stranded for 15 s) could pick them up.
  const problem = await db.problem.findUniqueOrThrow({ where: { slug: options.problemSlug }, select: { id: true } });
  const submissions = await Promise.all(
    viewers.map((v) =>
      db.submission.create({
        data: { userId: v.userId, problemId: problem.id, language: "python3", source: "print(0)\n", status: "judging" },
        select: { id: true },
      }),
    ),
  );
  const publisher = new Redis(options.redisUrl);
  const clients = viewers.map(() => new StreamClient());
  try {
    await Promise.all(
      clients.map((client, i) =>
        client.open(`${options.baseUrl}/api/v1/submissions/${submissions[i]!.id}/events`, {
          authorization: `Bearer ${viewers[i]!.token}`,
        }),
      ),
    );
    const channels = submissions.map((s) => submissionChannel(s.id));
    // publishedAt[client][index]
    const publishedAt = channels.map(() => new Map<string, number>());
    for (let index = 1; index <= options.events; index++) {
      const message = JSON.stringify({
        type: "test",
        index,
        verdict: "AC",
        timeMs: 12,
        memoryKb: 9000,
        sample: false,
      } satisfies JudgeEvent);
      for (const [i, channel] of channels.entries()) {
        publishedAt[i]!.set(String(index), performance.now());
        await publisher.publish(channel, message);
      }
      await new Promise((resolve) => setTimeout(resolve, options.gapMs));
    }
    const done = JSON.stringify({ type: "done", verdict: "AC", score: 100 } satisfies JudgeEvent);
    await Promise.all(channels.map((channel) => publisher.publish(channel, done)));
    await Promise.race([Promise.all(clients.map((c) => c.ended)), new Promise((r) => setTimeout(r, 5000))]);

    const delays: number[] = [];
    for (const [i, client] of clients.entries()) {
      for (const [index, at] of publishedAt[i]!) {
        const got = client.received.get(index);
        if (got === undefined) throw new Error(`a stream never received test ${index}`);
        delays.push(got - at);
      }
    }
    return {
      streams: viewers.length,
      snapshot: summarize(clients.map((c) => c.snapshotAt)),
      delay: summarize(delays),
    };
  } finally {
    for (const client of clients) client.close();
    publisher.disconnect();
    await db.submission.deleteMany({ where: { id: { in: submissions.map((s) => s.id) } } });
  }
}

/**
 * With a real judge worker behind `baseUrl`: submits real solutions and, for each test
 * result, compares when the worker's publish reached a direct Redis subscriber (the
 * worker publishes right after storing the row) with when the SSE client parsed it.
 */
export async function measureWorkerLiveDelay(options: {
  baseUrl: string;
  redisUrl: string;
  token: string;
  problemSlug: string;
  language: string;
  submissions: number;
}): Promise<Summary> {
  const delays: number[] = [];
  const source = "import sys\n\nprint(sum(map(int, sys.stdin.read().split())))\n";
  for (let i = 0; i < options.submissions; i++) {
    const response = await fetch(`${options.baseUrl}/api/v1/submissions`, {
      method: "POST",
      headers: { authorization: `Bearer ${options.token}`, "content-type": "application/json" },
      body: JSON.stringify({ problem: options.problemSlug, language: options.language, source }),
    });
    if (response.status !== 202) throw new Error(`submit: HTTP ${response.status} ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };
    const direct = new Redis(options.redisUrl);
    const viaRedis = new Map<string, number>();
    direct.on("message", (_channel: string, message: string) => {
      const event = JSON.parse(message) as JudgeEvent;
      if (event.type === "test") viaRedis.set(String(event.index), performance.now());
    });
    await direct.subscribe(submissionChannel(id));
    const client = new StreamClient();
    await client.open(`${options.baseUrl}/api/v1/submissions/${id}/events`, {
      authorization: `Bearer ${options.token}`,
    });
    await client.ended; // the stream ends by itself after "done"
    direct.disconnect();
    for (const [index, at] of client.received) {
      const published = viaRedis.get(index);
      if (published !== undefined) delays.push(at - published);
    }
  }
  return summarize(delays);
}
