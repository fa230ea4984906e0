import { z } from "zod";

/** Settings the CLI reads from its environment. Nothing else in the CLI reads `process.env`. */
export interface CliEnv {
  databaseUrl: string;
  /** Only commands that enqueue work (rejudge) need Redis. */
  redisUrl: string | undefined;
  /** The judge queue's name, as the workers have it (ARBITER_QUEUE; tests use their own). */
  queueName: string | undefined;
  /**
   * Where the operator ran the command. `npm run arbiter` runs the CLI inside
   * apps/cli, so relative paths are resolved against npm's INIT_CWD instead.
   */
  invocationDir: string;
}

/** A missing or invalid setting; the message says which and how to fix it. */
export class EnvError extends Error {
  override readonly name = "EnvError";
}

const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (e.g. postgresql://user@localhost:5432/arbiter)" })
    .min(1, { error: "DATABASE_URL is empty (e.g. postgresql://user@localhost:5432/arbiter)", abort: true })
    .regex(/^postgres(ql)?:\/\//, { error: "DATABASE_URL must be a postgresql:// URL" }),
  INIT_CWD: z.string().min(1).optional(),
  ARBITER_QUEUE: z.string().min(1).optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, { error: "REDIS_URL must be a redis:// URL" })
    .optional(),
});

/** Validates the environment once at start-up. Throws `EnvError`. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): CliEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) throw new EnvError(parsed.error.issues.map((issue) => issue.message).join("; "));
  return {
    databaseUrl: parsed.data.DATABASE_URL,
    redisUrl: parsed.data.REDIS_URL,
    queueName: parsed.data.ARBITER_QUEUE,
    invocationDir: parsed.data.INIT_CWD ?? process.cwd(),
  };
}

/** `ARBITER_DEBUG=1` prints stack traces; read apart from `loadEnv` so it works even when that fails. */
export function isDebug(source: NodeJS.ProcessEnv = process.env): boolean {
  return source.ARBITER_DEBUG === "1" || source.ARBITER_DEBUG === "true";
}
