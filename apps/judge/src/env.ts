import os from "node:os";
import { DEFAULT_TEST_DATA_DIR } from "@arbiter/judge";
import { z } from "zod";

const flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

const envSchema = z.object({
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url(),
  /** Sandbox slots: jobs judged at once, each in its own sandbox. Default cores-1, so timings stay stable. */
  ARBITER_CONCURRENCY: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(Math.max(1, os.availableParallelism() - 1)),
  /** Pin slot i's sandboxes to core i+1 (core 0 is left to the worker, Docker and the OS). */
  ARBITER_PIN_CORES: flag.default(false),
  /** Pin every sandbox to these cores (Docker cpuset syntax, e.g. "1"); ARBITER_PIN_CORES wins. */
  ARBITER_CPUSET: z
    .string()
    .regex(/^[0-9,-]+$/)
    .optional(),
  ARBITER_QUEUE: z.string().min(1).optional(),
  /** The similarity checks' queue, when not the default (tests). */
  ARBITER_SIMILARITY_QUEUE: z.string().min(1).optional(),
  ARBITER_WORKER_ID: z.string().min(1).default(`${os.hostname()}:${process.pid}`),
  /** Seconds between reconciler and janitor passes. */
  ARBITER_RECONCILE_INTERVAL_S: z.coerce.number().min(0.2).default(30),
  /** A submission unfinished for this long with no job in Redis is enqueued again, in ms. */
  ARBITER_STRANDED_AFTER_MS: z.coerce.number().int().min(0).default(15_000),
  /** A job's lock: a worker that stops renewing it (killed) loses the job after this long, in ms. */
  ARBITER_LOCK_DURATION_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How often lost locks are looked for; a dead worker's job is back in the queue within lock + 2 intervals, in ms. */
  ARBITER_STALLED_INTERVAL_MS: z.coerce.number().int().min(500).default(30_000),
  /** On SIGTERM, how long running judgings may take to finish before they are released to other workers, in ms. */
  ARBITER_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(25_000),
  /** Warm sandboxes kept per kind (image, memory, cores) recent judgings used; 0 turns the pool off. */
  ARBITER_POOL_PER_KIND: z.coerce.number().int().min(0).max(16).default(1),
  /** Warm sandboxes at most, all kinds together. */
  ARBITER_POOL_MAX: z.coerce.number().int().min(0).max(64).default(4),
  /** This host's test file cache (content-addressed: processes of one host may share it). */
  ARBITER_TEST_CACHE_DIR: z.string().min(1).default(DEFAULT_TEST_DATA_DIR),
  /** The cache's size bound in MiB; least recently used files go first. */
  ARBITER_TEST_CACHE_MAX_MB: z.coerce.number().int().min(16).default(4096),
  /** Prometheus /metrics port; 0 picks a free one (logged). */
  ARBITER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  /**
   * Where /metrics listens. Loopback by default: it has no authentication, and queue depth,
   * workers and timings are nobody else's business. Set 0.0.0.0 (behind a firewall) for a
   * Prometheus on another machine.
   */
  ARBITER_METRICS_HOST: z.string().min(1).default("127.0.0.1"),
});

export type WorkerEnv = z.infer<typeof envSchema>;

/** Validates the environment once at start-up; nothing else reads process.env. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): WorkerEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid worker environment: ${problems}`);
  }
  return parsed.data;
}
