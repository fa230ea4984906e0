import type { ContainerCreateOptions } from "dockerode";
import {
  BOX_TMPFS_BYTES,
  CONTAINER_LABEL,
  PIDS_LIMIT,
  POOL_LABEL,
  SUPERVISOR_CAPS,
  TMP_TMPFS_BYTES,
  TMPFS_INODES,
  WORKER_LABEL,
} from "./policy";

export interface ContainerSpecOptions {
  image: string;
  /** Memory and memory+swap of the whole container, in bytes (swap is therefore zero). */
  memoryBytes: number;
  workerId: string;
  /** Epoch ms after which the janitor may remove the container as abandoned. */
  expiresAt: number;
  /** Pin to one core so CPU time is not distorted by a neighbour (e.g. "0"). */
  cpuset?: string;
  /** Started by a warm pool ahead of need (labelled, so the operator and janitor can tell). */
  pooled?: boolean;
}

const DEADLINE_LABEL = "org.arbiter.expires-at";

/**
 * The hardened container every run uses. No network, read-only root, size- and
 * inode-capped tmpfs for the writable dirs, every capability dropped except the
 * supervisor's few, no new privileges, Docker's default seccomp profile, a pids cap,
 * memory equal to memory+swap, an empty environment, no mounts of the host.
 */
export function buildContainerSpec(options: ContainerSpecOptions): ContainerCreateOptions {
  const tmpfs = (bytes: number, mode: string): string =>
    `rw,exec,nosuid,nodev,size=${bytes},nr_inodes=${TMPFS_INODES},mode=${mode}`;
  return {
    Image: options.image,
    Entrypoint: ["/usr/local/bin/arbiter-supervisor"],
    Cmd: [],
    User: "0:0",
    Env: [],
    WorkingDir: "/box",
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    OpenStdin: true,
    StdinOnce: false,
    Tty: false,
    NetworkDisabled: true,
    Labels: {
      [CONTAINER_LABEL]: "1",
      [WORKER_LABEL]: options.workerId,
      [DEADLINE_LABEL]: String(options.expiresAt),
      ...(options.pooled ? { [POOL_LABEL]: "1" } : {}),
    },
    HostConfig: {
      NetworkMode: "none",
      ReadonlyRootfs: true,
      CapDrop: ["ALL"],
      CapAdd: [...SUPERVISOR_CAPS],
      SecurityOpt: ["no-new-privileges"],
      PidsLimit: PIDS_LIMIT,
      Memory: options.memoryBytes,
      MemorySwap: options.memoryBytes,
      MemorySwappiness: 0,
      OomKillDisable: false,
      ...(options.cpuset ? { CpusetCpus: options.cpuset } : {}),
      Ulimits: [
        { Name: "core", Soft: 0, Hard: 0 },
        { Name: "nofile", Soft: 1024, Hard: 1024 },
        { Name: "fsize", Soft: 1024 * 1024 * 1024, Hard: 1024 * 1024 * 1024 },
      ],
      Tmpfs: { "/box": tmpfs(BOX_TMPFS_BYTES, "755"), "/tmp": tmpfs(TMP_TMPFS_BYTES, "1777") },
      ShmSize: 16 * 1024 * 1024,
      IpcMode: "private",
      Init: false,
      Privileged: false,
      AutoRemove: false,
      Binds: [],
      LogConfig: { Type: "none", Config: {} },
    },
  };
}

export function containerExpiry(labels: Record<string, string> | undefined): number | null {
  const raw = labels?.[DEADLINE_LABEL];
  return raw ? Number(raw) : null;
}
