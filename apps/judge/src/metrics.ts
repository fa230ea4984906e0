import http from "node:http";
import type { AddressInfo } from "node:net";
import client from "prom-client";

/** Seconds: from a few hundred ms (A+B) to the 10 minutes a long judging may take. */
const LATENCY_BUCKETS = [0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600];

export interface WorkerMetrics {
  registry: client.Registry;
  /** Final verdicts, by job kind (submission, custom) and verdict code. */
  verdicts: client.Counter<"kind" | "verdict">;
  /** From enqueue to the stored final verdict, in seconds. */
  latency: client.Histogram<"kind">;
  /** One judging attempt, from pick-up to verdict, in seconds. */
  duration: client.Histogram<"kind">;
  sandboxFailures: client.Counter;
  checkerFailures: client.Counter;
  /** Failed attempts, by whether they will be retried. */
  jobFailures: client.Counter<"kind" | "final">;
  busySlots: client.Gauge;
  slots: client.Gauge;
  /** Waiting jobs per priority tier, read from Redis at scrape time. */
  queueDepth: client.Gauge<"tier">;
}

/**
 * The worker's Prometheus metrics in a registry of its own (plus Node's defaults).
 * `readQueueDepth` is called at each scrape; if it fails (Redis down) the gauge keeps its
 * last values rather than failing the scrape.
 */
export function createWorkerMetrics(readQueueDepth: () => Promise<Record<string, number>>): WorkerMetrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "arbiter_worker_" });
  const registers = [registry];
  return {
    registry,
    verdicts: new client.Counter({
      name: "arbiter_verdicts_total",
      help: "Final verdicts by job kind and verdict",
      labelNames: ["kind", "verdict"],
      registers,
    }),
    latency: new client.Histogram({
      name: "arbiter_judge_latency_seconds",
      help: "From enqueue to the final verdict",
      labelNames: ["kind"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    duration: new client.Histogram({
      name: "arbiter_judge_duration_seconds",
      help: "One judging attempt, from pick-up to verdict",
      labelNames: ["kind"],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    sandboxFailures: new client.Counter({
      name: "arbiter_sandbox_failures_total",
      help: "Judging attempts that failed because the sandbox failed (SandboxError)",
      registers,
    }),
    checkerFailures: new client.Counter({
      name: "arbiter_checker_failures_total",
      help: "Judgings ended as IE because the problem's checker or interactor failed",
      registers,
    }),
    jobFailures: new client.Counter({
      name: "arbiter_job_failures_total",
      help: "Failed judging attempts; final=true when no retry follows",
      labelNames: ["kind", "final"],
      registers,
    }),
    busySlots: new client.Gauge({ name: "arbiter_busy_slots", help: "Sandbox slots judging right now", registers }),
    slots: new client.Gauge({ name: "arbiter_slots", help: "Sandbox slots of this worker", registers }),
    queueDepth: new client.Gauge({
      name: "arbiter_queue_waiting_jobs",
      help: "Jobs waiting to start, by priority tier (whole queue, not just this worker)",
      labelNames: ["tier"],
      registers,
      async collect() {
        try {
          for (const [tier, count] of Object.entries(await readQueueDepth())) this.set({ tier }, count);
        } catch {
          // Keep the last values; the scrape must not fail because Redis is away.
        }
      },
    }),
  };
}

/** Serves GET /metrics; resolves with the bound port once listening. */
export async function serveMetrics(
  registry: client.Registry,
  port: number,
  host: string,
): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((request, response) => {
    if (request.method !== "GET" || request.url?.split("?")[0] !== "/metrics") {
      response.writeHead(404).end();
      return;
    }
    registry
      .metrics()
      .then((body) => response.writeHead(200, { "content-type": registry.contentType }).end(body))
      .catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
