import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export type { PrismaClient } from "./generated/client";
export { Prisma } from "./generated/client";

/**
 * Builds a Prisma client over the pg driver adapter (no native engine binaries).
 * Processes keep one; tests may build their own and must `$disconnect()` it.
 */
export function createPrismaClient(databaseUrl = requireDatabaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) });
}

const globalForPrisma = globalThis as unknown as { arbiterPrisma?: PrismaClient };

/** The process-wide client, created on first use (survives Next.js hot reloads in dev). */
export function getPrisma(): PrismaClient {
  globalForPrisma.arbiterPrisma ??= createPrismaClient();
  return globalForPrisma.arbiterPrisma;
}

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return url;
}
