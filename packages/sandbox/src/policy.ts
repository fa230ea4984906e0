/**
 * The containment policy of every sandbox container. Bump SANDBOX_POLICY_VERSION on any
 * change here or in the supervisor: it is stored with each judging so a verdict can be
 * explained and reproduced later.
 */
// 4: interactive pipe ends held until each process exits (supervisor interact.c).
// 5: SysV IPC and POSIX message queues denied by the supervisor's seccomp filter.
export const SANDBOX_POLICY_VERSION = "5";

/** uid/gid that compilers and submitted programs run as; the supervisor is uid 0. */
export const RUNNER_UID = 10001;
/** uid of interactors, which hold the test data the submission must not read. */
export const JUDGE_UID = 10002;
/** Where an interactor binary written with target "judge" lives inside the container. */
export const JUDGE_BIN_DIR = "/box/jbin";
export const JUDGE_DATA_DIR = "/box/jdata";

/**
 * Capabilities the supervisor keeps: switching to the runner uid, killing its
 * processes, and wiping files the runner left behind. The runner holds none of them.
 */
export const SUPERVISOR_CAPS = ["SETUID", "SETGID", "KILL", "DAC_OVERRIDE", "FOWNER", "CHOWN"] as const;

export const CONTAINER_LABEL = "org.arbiter.sandbox";
export const WORKER_LABEL = "org.arbiter.worker";
/** Marks a container started ahead of need by a worker's warm pool (see pool.ts). */
export const POOL_LABEL = "org.arbiter.pool";

/** Processes and threads per container (fork bombs stop here; the JVM needs ~30). */
export const PIDS_LIMIT = 128;
/** Size caps of the writable tmpfs mounts, in bytes, and their inode caps. */
export const BOX_TMPFS_BYTES = 512 * 1024 * 1024;
export const TMP_TMPFS_BYTES = 128 * 1024 * 1024;
export const TMPFS_INODES = 4096;
/** Largest file a program may write (RLIMIT_FSIZE), in bytes. */
export const FILE_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;
/** Memory above the program's limit for the supervisor, tmpfs files and page cache, in bytes. */
export const MEMORY_HEADROOM_BYTES = 64 * 1024 * 1024;

export const RUNNER_ENV = ["PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/tmp", "LANG=C.UTF-8", "TMPDIR=/tmp"] as const;
