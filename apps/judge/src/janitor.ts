import type Docker from "dockerode";
import { CONTAINER_LABEL, WORKER_LABEL, removeStaleSandboxes } from "@arbiter/sandbox";
import { isLocalWorkerAlive } from "./workerLiveness";

export interface JanitorOptions {
  /** Remove every sandbox of this worker (used when releasing jobs at shutdown). */
  ownedBy?: string;
  isAlive?: (workerId: string) => boolean | undefined;
}

/**
 * Removes sandbox containers nobody will close: those past their expiry label (any
 * host), and at once those whose worker on this host is dead (killed, crashed), rather
 * than minutes later at their expiry. Returns how many were removed.
 */
export async function removeAbandonedSandboxes(docker: Docker, options: JanitorOptions = {}): Promise<number> {
  const isAlive = options.isAlive ?? isLocalWorkerAlive;
  const expired = await removeStaleSandboxes(docker);
  const containers = await docker.listContainers({ all: true, filters: { label: [CONTAINER_LABEL] } });
  const orphans = containers.filter((c) => {
    const owner = c.Labels[WORKER_LABEL];
    if (owner === undefined) return false;
    return owner === options.ownedBy || isAlive(owner) === false;
  });
  await Promise.all(
    orphans.map((c) =>
      docker
        .getContainer(c.Id)
        .remove({ force: true })
        .catch(() => undefined),
    ),
  );
  return expired + orphans.length;
}
