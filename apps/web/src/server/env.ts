import "server-only";
import { z } from "zod";
import { parseTrustedProxies, type TrustedProxies } from "./trustedProxies";

const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (postgresql://…)"),
  REDIS_URL: z.string().min(1, "REDIS_URL is required (redis://…)"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  /**
   * Who may report the client's address in X-Forwarded-For (and the scheme in
   * X-Forwarded-Proto): empty for nobody, a hop count, or IPs/CIDRs. See README, Deploying.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((value, ctx): TrustedProxies => {
      try {
        return parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
  /** Set by server.mjs, which writes the socket's address on `PEER_ADDRESS_HEADER` after removing any client copy. */
  ARBITER_STAMPS_PEER: z
    .enum(["0", "1"])
    .default("0")
    .transform((v) => v === "1"),
});

export type WebEnv = z.infer<typeof envSchema>;

/** The header server.mjs writes the socket's peer address on (a client's own copy is removed first). */
export const PEER_ADDRESS_HEADER = "x-arbiter-peer-address";

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
