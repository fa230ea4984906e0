import type Docker from "dockerode";
import { containerExpiry } from "./containerSpec";
import { CONTAINER_LABEL } from "./policy";

/**
 * Removes sandbox containers a crashed worker left behind: those past their expiry
 * label, or any of ours when `all` is set. Workers on the same engine share the
 * label, so only expired containers are touched in normal operation.
 */
export async function removeStaleSandboxes(
  docker: Docker,
  options: { now?: number; all?: boolean } = {},
): Promise<number> {
  const now = options.now ?? Date.now();
  const containers = await docker.listContainers({ all: true, filters: { label: [CONTAINER_LABEL] } });
  const stale = containers.filter((c) => options.all || (containerExpiry(c.Labels) ?? 0) < now);
  await Promise.all(
    stale.map((c) =>
      docker
        .getContainer(c.Id)
        .remove({ force: true })
        .catch(() => undefined),
    ),
  );
  return stale.length;
}
