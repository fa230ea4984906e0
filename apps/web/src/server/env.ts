import "server-only";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (postgresql://…)"),
  REDIS_URL: z.string().min(1, "REDIS_URL is required (redis://…)"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
});

export type WebEnv = z.infer<typeof envSchema>;

let cached: WebEnv | undefined;

/**
 * The web app's environment, validated on first use rather than at import time:
 * `next build` imports server modules but must not need a database or Redis.
 */
export function getEnv(): WebEnv {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment for @arbiter/web: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}
