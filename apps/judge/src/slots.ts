/** One sandbox slot: the unit of concurrency, optionally pinned to a core. */
export interface Slot {
  index: number;
  cpuset?: string;
}

/**
 * The cpuset of slot `index` when pinning: core index+1, wrapping over cores 1..n-1
 * so core 0 stays free for the worker itself, Docker and the OS (one core: core 0).
 */
export function pinnedCore(index: number, cores: number): string {
  if (cores <= 1) return "0";
  return String(1 + (index % (cores - 1)));
}

/**
 * A fixed set of slots. BullMQ never runs more jobs than its concurrency, which equals
 * the slot count, so acquire() always finds one free; it throws if that ever breaks.
 */
export class SlotPool {
  private readonly free: Slot[];
  private inUse = 0;

  constructor(
    readonly size: number,
    cpusetFor: (index: number) => string | undefined = () => undefined,
  ) {
    this.free = Array.from({ length: size }, (_, index) => {
      const cpuset = cpusetFor(index);
      return cpuset === undefined ? { index } : { index, cpuset };
    }).reverse();
  }

  get busy(): number {
    return this.inUse;
  }

  acquire(): Slot {
    const slot = this.free.pop();
    if (!slot) throw new Error(`all ${this.size} sandbox slots are busy`);
    this.inUse++;
    return slot;
  }

  release(slot: Slot): void {
    this.free.push(slot);
    this.inUse--;
  }
}
