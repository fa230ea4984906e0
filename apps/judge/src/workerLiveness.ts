import os from "node:os";

/**
 * Whether the worker with this id is still running, when that can be told: worker ids
 * are `hostname:pid` (see env.ts), so for a worker on this host we ask the kernel.
 * Returns undefined for workers elsewhere or ids in another form. A reused pid reads as
 * alive, which errs on the safe side (the container waits for its expiry instead).
 */
export function isLocalWorkerAlive(workerId: string, hostname = os.hostname()): boolean | undefined {
  const match = /^(.*):(\d+)$/.exec(workerId);
  if (!match || match[1] !== hostname) return undefined;
  const pid = Number(match[2]);
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
