import os from "node:os";
import { describe, expect, it } from "vitest";
import { loadEnv } from "./env";

const required = { DATABASE_URL: "postgresql://localhost/arbiter", REDIS_URL: "redis://localhost:6379/0" };

describe("loadEnv", () => {
  it("defaults to one sandbox slot per core but one, 30 s locks and metrics on 127.0.0.1:9464", () => {
    const env = loadEnv(required);
    expect(env.ARBITER_CONCURRENCY).toBe(Math.max(1, os.availableParallelism() - 1));
    expect(env).toMatchObject({
      ARBITER_PIN_CORES: false,
      ARBITER_LOCK_DURATION_MS: 30_000,
      ARBITER_STALLED_INTERVAL_MS: 30_000,
      ARBITER_METRICS_PORT: 9464,
      // Unauthenticated: reachable from this machine only unless the operator says otherwise.
      ARBITER_METRICS_HOST: "127.0.0.1",
    });
    expect(env.ARBITER_WORKER_ID).toBe(`${os.hostname()}:${process.pid}`);
  });
  it("parses the knobs", () => {
    const env = loadEnv({
      ...required,
      ARBITER_CONCURRENCY: "3",
      ARBITER_PIN_CORES: "1",
      ARBITER_SHUTDOWN_GRACE_MS: "500",
    });
    expect(env).toMatchObject({ ARBITER_CONCURRENCY: 3, ARBITER_PIN_CORES: true, ARBITER_SHUTDOWN_GRACE_MS: 500 });
  });
  it("names every problem at once", () => {
    expect(() => loadEnv({ REDIS_URL: "nope", ARBITER_CONCURRENCY: "0" })).toThrow(
      /DATABASE_URL.*REDIS_URL.*ARBITER_CONCURRENCY/,
    );
  });
});
