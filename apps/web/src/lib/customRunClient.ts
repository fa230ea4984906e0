import type { CustomRunView } from "@arbiter/shared";

/** A custom run request as the panel sends it. */
export interface CustomRunBody {
  problem: string;
  language: string;
  source: string;
  input: string;
  /** "{course}/{assignment}" when the problem was opened from one (its private problems need it). */
  assignment?: string;
}

/** What the panel shows while a run is in flight. */
export type RunProgress =
  { phase: "sending" } | { phase: "waiting"; status: CustomRunView["status"]; delayed: boolean; slow: boolean };

export interface RunDeps {
  fetch: typeof fetch;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  now: () => number;
}

/** A refusal or failure, in words for the student; never thrown for a verdict. */
export class RunError extends Error {
  override readonly name = "RunError";
}

/** Poll interval in ms: quick at first (most runs finish within a second or two), then backing off. */
export function pollDelayMs(attempt: number): number {
  return Math.min(300 + attempt * 200, 2000);
}

/** After this long, the panel says the judge is busy (it keeps waiting), in ms. */
const SLOW_AFTER_MS = 15_000;
/** After this long, give up waiting, in ms; the run may still finish later. */
const GIVE_UP_AFTER_MS = 5 * 60_000;

const defaultDeps: RunDeps = {
  fetch: (...args) => fetch(...args),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener("abort", () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      });
    }),
  now: () => Date.now(),
};

/**
 * Starts a custom run and polls it until the judge is done: `POST /api/v1/custom-runs`,
 * then `GET /api/v1/custom-runs/:id`. Resolves with the finished run; rejects with a
 * `RunError` whose message can be shown as is (or with the signal's reason on abort).
 */
export async function runCustom(
  body: CustomRunBody,
  onProgress: (progress: RunProgress) => void,
  signal: AbortSignal,
  deps: RunDeps = defaultDeps,
): Promise<CustomRunView> {
  onProgress({ phase: "sending" });
  const created = await request(deps, "/api/v1/custom-runs", signal, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const { id, enqueued } = created as { id: string; enqueued: boolean };
  const started = deps.now();
  for (let attempt = 0; ; attempt++) {
    const view = (await request(deps, `/api/v1/custom-runs/${encodeURIComponent(id)}`, signal)) as CustomRunView;
    if (view.status === "done") return view;
    const waited = deps.now() - started;
    if (waited > GIVE_UP_AFTER_MS) {
      throw new RunError("The judge is very busy and your run has not started yet. Try again in a few minutes.");
    }
    onProgress({ phase: "waiting", status: view.status, delayed: !enqueued, slow: waited > SLOW_AFTER_MS });
    await deps.sleep(pollDelayMs(attempt), signal);
  }
}

async function request(deps: RunDeps, url: string, signal: AbortSignal, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await deps.fetch(url, { ...init, signal, cache: "no-store" });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new RunError("Could not reach Arbiter. Check your connection and try again.");
  }
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (response.ok) return body;
  throw new RunError(describeStatus(response.status, body?.error?.message));
}

/** A message for each refusal; the server's own message where it is written for people. */
export function describeStatus(status: number, message: string | undefined): string {
  if (status === 401) return "Your session has ended. Sign in again (your code is saved here), then run it again.";
  if (status === 413) return "The code and input together are too large to send (at most 1 MiB).";
  if (status >= 500) {
    return status === 503
      ? "The judge is temporarily unavailable. Please try again in a minute."
      : "Something went wrong on our side. Please try again in a minute.";
  }
  return message ?? "The run was refused. Please check your code and input.";
}
