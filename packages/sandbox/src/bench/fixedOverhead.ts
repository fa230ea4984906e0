import type Docker from "dockerode";
import { openBenchSandbox } from "./benchSandbox";

export interface FixedOverheadSamples {
  /** Sandbox.open(): create, attach, start, wait for READY; in ms. */
  openMs: number[];
  /** Sandbox.close(): forced remove; in ms. */
  closeMs: number[];
  /** open + close, in ms. */
  totalMs: number[];
  /** Where the time goes, from the Docker daemon's own event timestamps: phase → ms per run. */
  phases: [string, number[]][];
}

interface Lifecycle {
  id: string;
  /** Epoch ms (sub-ms precision) on the host clock, which the daemon shares. */
  openStart: number;
  opened: number;
  closed: number;
}

const epochMs = (): number => performance.timeOrigin + performance.now();

/** Times whole container lifecycles with no step inside: the fixed cost every run pays once. */
export async function measureFixedOverhead(
  docker: Docker,
  image: string,
  warmup: number,
  repeats: number,
): Promise<FixedOverheadSamples> {
  const runs: Lifecycle[] = [];
  for (let i = 0; i < warmup + repeats; i++) {
    const openStart = epochMs();
    const sandbox = await openBenchSandbox(docker, image);
    const opened = epochMs();
    await sandbox.close();
    const closed = epochMs();
    if (i >= warmup) runs.push({ id: sandbox.id, openStart, opened, closed });
  }
  return {
    openMs: runs.map((r) => r.opened - r.openStart),
    closeMs: runs.map((r) => r.closed - r.opened),
    totalMs: runs.map((r) => r.closed - r.openStart),
    phases: await lifecyclePhases(docker, runs),
  };
}

interface DockerEvent {
  Action?: string;
  status?: string;
  id?: string;
  timeNano?: number;
}

/**
 * Splits each lifecycle at the daemon's create, attach, start, die and destroy events.
 * Each event is stamped when the daemon finished that action.
 */
async function lifecyclePhases(docker: Docker, runs: readonly Lifecycle[]): Promise<[string, number[]][]> {
  if (runs.length === 0) return [];
  const since = Math.floor(Math.min(...runs.map((r) => r.openStart)) / 1000) - 1;
  const until = Math.ceil(Math.max(...runs.map((r) => r.closed)) / 1000) + 1;
  const stream = await docker.getEvents({
    since,
    until,
    filters: { type: ["container"], container: runs.map((r) => r.id) },
  });
  let text = "";
  for await (const chunk of stream as AsyncIterable<Buffer>) text += chunk.toString("utf8");
  const at = new Map<string, Map<string, number>>();
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const event = JSON.parse(line) as DockerEvent;
    const action = event.Action ?? event.status;
    if (!event.id || !action || event.timeNano === undefined) continue;
    const times = at.get(event.id) ?? new Map<string, number>();
    // Keep the first of each action (attach can be reported more than once).
    if (!times.has(action)) times.set(action, event.timeNano / 1e6);
    at.set(event.id, times);
  }
  const phase = (
    from: (r: Lifecycle, t: Map<string, number>) => number | undefined,
    to: (r: Lifecycle, t: Map<string, number>) => number | undefined,
  ) =>
    runs.flatMap((r) => {
      const times = at.get(r.id) ?? new Map<string, number>();
      const a = from(r, times);
      const b = to(r, times);
      return a === undefined || b === undefined ? [] : [b - a];
    });
  return [
    [
      "open: request → daemon created the container",
      phase(
        (r) => r.openStart,
        (_, t) => t.get("create"),
      ),
    ],
    [
      "open: created → attached",
      phase(
        (_, t) => t.get("create"),
        (_, t) => t.get("attach"),
      ),
    ],
    [
      "open: attached → started (runc: namespaces, cgroups, mounts)",
      phase(
        (_, t) => t.get("attach"),
        (_, t) => t.get("start"),
      ),
    ],
    [
      "open: started → host read READY",
      phase(
        (_, t) => t.get("start"),
        (r) => r.opened,
      ),
    ],
    [
      "close: request → container died (SIGKILL of PID 1)",
      phase(
        (r) => r.opened,
        (_, t) => t.get("die"),
      ),
    ],
    [
      "close: died → destroyed (unmount, delete layer)",
      phase(
        (_, t) => t.get("die"),
        (_, t) => t.get("destroy"),
      ),
    ],
    [
      "close: destroyed → host got the reply",
      phase(
        (_, t) => t.get("destroy"),
        (r) => r.closed,
      ),
    ],
  ];
}
