import os from "node:os";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().url(),
  REDIS_URL: z.string().url(),
  /** Jobs judged at once; each takes one sandbox. Keep it at most cores-1 for stable timings. */
  ARBITER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  /** Pin sandboxes to these cores (Docker cpuset syntax, e.g. "1"). */
  ARBITER_CPUSET: z.string().regex(/^[0-9,-]+$/).optional(),
  ARBITER_QUEUE: z.string().min(1).optional(),
  ARBITER_WORKER_ID: z.string().min(1).default(`${os.hostname()}:${process.pid}`),
  /** Seconds between reconciler passes. */
  ARBITER_RECONCILE_INTERVAL_S: z.coerce.number().int().min(1).default(30),
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
