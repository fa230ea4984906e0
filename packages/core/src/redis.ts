import { Redis } from "ioredis";

/**
 * A Redis connection suitable for BullMQ: `maxRetriesPerRequest: null` makes commands
 * wait through a Redis restart instead of failing, which is what lets workers resume.
 */
export function createRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}
