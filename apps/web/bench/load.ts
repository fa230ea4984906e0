import autocannon from "autocannon";
import { summarize, type Summary } from "./stats";

export interface LoadResult extends Summary {
  requests: number;
  perSecond: number;
  non2xx: number;
  errors: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationS: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Called per request to vary it (e.g. rotate tokens); returns extra headers. */
  headersFor?: () => Record<string, string>;
}

/**
 * Closed-loop load with autocannon for `durationS` seconds: `connections` clients each
 * send a request, wait for the whole response and send the next, which measures
 * capacity (latency ≈ clients / throughput). Latencies are collected per response
 * (autocannon's own histogram has no p95).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const { headersFor } = options;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    method: options.method ?? "GET",
    headers: options.headers,
    body: options.body,
    ...(headersFor
      ? {
          requests: [
            {
              setupRequest: (request) => ({ ...request, headers: { ...request.headers, ...headersFor() } }),
            },
          ],
        }
      : {}),
  });
  // The instance emits (client, statusCode, bytes, responseTimeMs); the typings show only the last three.
  (instance as unknown as NodeJS.EventEmitter).on("response", (...args: unknown[]) => {
    const time = args.at(-1);
    if (typeof time === "number") latencies.push(time);
  });
  const result = await instance;
  return {
    ...summarize(latencies),
    requests: result.requests.total,
    perSecond: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
