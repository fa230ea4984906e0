import type Docker from "dockerode";
import { Sandbox, type SandboxOptions } from "./sandbox";

/** Anything that hands out a fresh, started sandbox for one run. */
export interface SandboxOpener {
  open(options: SandboxOptions): Promise<Sandbox>;
}

/** Opens every sandbox when asked: what a judging pays without a pool. */
export function directSandboxes(docker: Docker): SandboxOpener {
  return { open: (options) => Sandbox.open(docker, options) };
}

export interface SandboxPoolOptions {
  docker: Docker;
  workerId: string;
  /** Warm containers kept for each kind asked for (image, memory, cpuset). */
  perKind: number;
  /** Warm containers at most, all kinds together. */
  maxTotal: number;
  /** A kind nobody asked for in this long is no longer kept warm, in ms. */
  demandTtlMs?: number;
  /** A warm container unused for this long is replaced by a fresh one, in ms. */
  maxIdleMs?: number;
  /**
   * The expiry label of a pooled container: how long after its start the janitor may
   * remove it. A judging that needs longer than what is left gets a cold one, in ms.
   */
  lifetimeMs?: number;
  now?: () => number;
  /** A warm container that died before use, or a fill that failed: for the worker's log. */
  onEvent?: (event: { type: "discarded" | "fill-failed"; image: string; detail: string }) => void;
}

type Kind = Pick<SandboxOptions, "image" | "memoryBytes" | "cpuset">;

interface Warm {
  image: string;
  sandbox: Sandbox;
  startedAt: number;
  expiresAt: number;
}

/**
 * A worker's warm pool: containers created and started before they are needed, for the
 * kinds recent judgings asked for, so a run does not wait for Docker. Each is handed out
 * once and closed by its user like any other sandbox — nothing is ever reused. Bounded
 * per kind and in total, labelled `org.arbiter.pool`, carrying the usual worker and expiry
 * labels so the janitor reaps them after a crash; a container that died while waiting
 * is discarded and replaced, never handed out.
 */
export class SandboxPool implements SandboxOpener {
  readonly stats = { hits: 0, misses: 0, discarded: 0 };
  private readonly warm = new Map<string, Warm[]>();
  private readonly demand = new Map<string, { kind: Kind; lastAt: number }>();
  private readonly filling = new Map<string, Promise<void>[]>();
  private closed = false;

  constructor(private readonly options: SandboxPoolOptions) {}

  /** Warm containers waiting now. */
  get size(): number {
    let total = 0;
    for (const list of this.warm.values()) total += list.length;
    return total;
  }

  async open(options: SandboxOptions): Promise<Sandbox> {
    const key = keyOf(options);
    this.demand.set(key, { kind: kindOf(options), lastAt: this.now() });
    const list = this.warm.get(key) ?? [];
    while (list.length > 0) {
      const entry = list.shift()!;
      if (this.usable(entry, options.expiresAt)) {
        this.stats.hits++;
        this.refill();
        return entry.sandbox;
      }
      this.discard(entry, entry.sandbox.alive ? "too old for this run" : "died while waiting");
    }
    this.stats.misses++;
    this.refill();
    return Sandbox.open(this.options.docker, options);
  }

  /** Starts keeping `kind` warm and waits until one is ready (the worker's start-up, before its self-test). */
  async prewarm(kind: Kind): Promise<void> {
    const key = keyOf(kind);
    this.demand.set(key, { kind, lastAt: this.now() });
    this.refill();
    await Promise.allSettled(this.filling.get(key) ?? []);
  }

  /** Fills every kind in demand up to its bound; drops what is stale. Also run by the worker's timer. */
  refill(): void {
    if (this.closed) return;
    const now = this.now();
    const ttl = this.options.demandTtlMs ?? 10 * 60_000;
    for (const [key, list] of this.warm) {
      for (const entry of [...list]) {
        if (!this.usable(entry, 0)) {
          list.splice(list.indexOf(entry), 1);
          this.discard(entry, entry.sandbox.alive ? "idle too long" : "died while waiting");
        }
      }
      if (list.length === 0 && !this.demand.has(key)) this.warm.delete(key);
    }
    for (const [key, { kind, lastAt }] of this.demand) {
      if (now - lastAt > ttl) {
        this.demand.delete(key);
        for (const entry of this.warm.get(key)?.splice(0) ?? []) this.discard(entry, "no longer asked for");
        continue;
      }
      while (
        (this.warm.get(key)?.length ?? 0) + this.inFlight(key) < this.options.perKind &&
        this.size + this.inFlight() < this.options.maxTotal
      ) {
        this.startOne(key, kind);
      }
    }
  }

  /** Stops filling and removes every waiting container (worker shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.filling.values()].flat());
    const all = [...this.warm.values()].flat();
    this.warm.clear();
    await Promise.allSettled(all.map((entry) => entry.sandbox.close()));
  }

  private startOne(key: string, kind: Kind): void {
    const startedAt = this.now();
    const expiresAt = startedAt + (this.options.lifetimeMs ?? 60 * 60_000);
    const fill = Sandbox.open(this.options.docker, {
      ...kind,
      workerId: this.options.workerId,
      expiresAt,
      pooled: true,
    })
      .then(async (sandbox) => {
        if (this.closed) return sandbox.close();
        const list = this.warm.get(key) ?? [];
        list.push({ image: kind.image, sandbox, startedAt, expiresAt });
        this.warm.set(key, list);
      })
      .catch((error: unknown) => {
        this.options.onEvent?.({
          type: "fill-failed",
          image: kind.image,
          detail: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => {
        const list = this.filling.get(key) ?? [];
        void list.splice(list.indexOf(fill), 1);
      });
    this.filling.set(key, [...(this.filling.get(key) ?? []), fill]);
  }

  private inFlight(key?: string): number {
    if (key !== undefined) return this.filling.get(key)?.length ?? 0;
    let total = 0;
    for (const list of this.filling.values()) total += list.length;
    return total;
  }

  private usable(entry: Warm, neededUntil: number): boolean {
    const idle = this.now() - entry.startedAt;
    return entry.sandbox.alive && idle <= (this.options.maxIdleMs ?? 10 * 60_000) && entry.expiresAt >= neededUntil;
  }

  private discard(entry: Warm, detail: string): void {
    this.stats.discarded++;
    this.options.onEvent?.({ type: "discarded", image: entry.image, detail });
    entry.sandbox.close().catch(() => undefined);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

function kindOf(options: Kind): Kind {
  return {
    image: options.image,
    memoryBytes: options.memoryBytes,
    ...(options.cpuset ? { cpuset: options.cpuset } : {}),
  };
}

function keyOf(options: Kind): string {
  return `${options.image}|${options.memoryBytes}|${options.cpuset ?? ""}`;
}
