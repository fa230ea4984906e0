import http from "node:http";
import { performance } from "node:perf_hooks";
import type { LoadResult } from "./load";
import { summarize } from "./stats";

/**
 * Open-loop load as independent people make it: `clients` clients each request `url`
 * `ratePerClient` times a second, each starting at a random moment in the first period
 * and keeping ±20 % jitter, so their requests do not arrive in lockstep (autocannon's
 * per-connection rate fires every client at the same instant each second, which
 * measures a burst of `clients` requests, not steady traffic). A client whose previous
 * request is still open waits for it: nobody clicks twice at once.
 */
export async function runPaced(options: {
  url: string;
  clients: number;
  ratePerClient: number;
  durationS: number;
  headers: Record<string, string>;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const period = 1000 / options.ratePerClient;
  const end = performance.now() + options.durationS * 1000;
  const latencies: number[] = [];
  let failures = 0;

  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const request = http.get(options.url, { agent, headers: options.headers }, (response) => {
        response.on("data", () => undefined);
        response.on("end", () => {
          latencies.push(performance.now() - started);
          if ((response.statusCode ?? 0) >= 300) failures++;
          resolve();
        });
      });
      request.on("error", () => {
        failures++;
        resolve();
      });
    });

  const client = async () => {
    let next = performance.now() + Math.random() * period;
    for (;;) {
      const wait = next - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (performance.now() >= end) return;
      await once();
      next += period * (0.8 + Math.random() * 0.4);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  agent.destroy();
  return {
    ...summarize(latencies),
    requests: latencies.length,
    perSecond: latencies.length / options.durationS,
    non2xx: failures,
    errors: 0,
  };
}
