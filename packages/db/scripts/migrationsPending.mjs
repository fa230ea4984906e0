// Exits 0 when the database at DATABASE_URL lacks any migration in prisma/migrations
// (or cannot tell), 1 when all are applied. `prisma migrate deploy` takes ~12 s even with
// nothing to do (its CLI idles on a 10 s timer after finishing), so `npm run up` and
// `npm test` ask this first. Prisma itself still applies, checks and records migrations.
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const dir = path.join(import.meta.dirname, "../../../prisma/migrations");
const wanted = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  const { rows } = await client.query(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  process.exitCode = wanted.every((name) => applied.has(name)) ? 1 : 0;
} catch {
  process.exitCode = 0; // no table yet, or no answer: let prisma decide
} finally {
  await client.end().catch(() => undefined);
}
