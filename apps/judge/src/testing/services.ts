import { afterAll } from "vitest";
import type { Redis } from "ioredis";
import { createRedis } from "@arbiter/core";
import { createPrismaClient, type PrismaClient } from "@arbiter/db/client";
import { removeFixtures } from "./fixtures";

export interface TestServices {
  db: PrismaClient;
  /** A new connection to the test run's Redis, closed after the file. */
  redis: () => Redis;
  /** Rows to delete after the file; tests push the ids they create. */
  fixtures: { problemIds: string[]; userIds: string[] };
}

/**
 * The test run's real PostgreSQL and Redis for one test file. Call it at the top of the
 * file: its clean-up is registered first, so (hooks run as a stack) it runs after the
 * file's own, once workers and queues are gone.
 */
export function useTestServices(): TestServices {
  const db = createPrismaClient();
  const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379/0";
  const connections: Redis[] = [];
  const fixtures = { problemIds: [] as string[], userIds: [] as string[] };
  afterAll(async () => {
    for (const connection of connections) connection.disconnect();
    await removeFixtures(db, fixtures);
    await db.$disconnect();
  });
  const redis = (): Redis => {
    const connection = createRedis(redisUrl);
    connections.push(connection);
    return connection;
  };
  return { db, redis, fixtures };
}
