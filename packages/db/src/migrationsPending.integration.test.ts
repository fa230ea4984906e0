import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// scripts/migrationsPending.mjs decides whether `npm run up` and `npm test` may skip
// `prisma migrate deploy`: a wrong "nothing pending" would leave a database behind.
const SCRIPT = path.join(import.meta.dirname, "../scripts/migrationsPending.mjs");
const MIGRATIONS = readdirSync(path.join(import.meta.dirname, "../../../prisma/migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const schema = `itest_migrations_${randomBytes(4).toString("hex")}`;
let client: pg.Client;

/** The script's verdict against a schema of its own: true when it says migrations are pending. */
async function pending(databaseUrl: string): Promise<boolean> {
  try {
    await promisify(execFile)(process.execPath, [SCRIPT], { env: { ...process.env, DATABASE_URL: databaseUrl } });
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 1) return false;
    throw error;
  }
}

function inSchema(): string {
  const url = new URL(process.env.DATABASE_URL ?? "");
  url.searchParams.set("options", `-c search_path=${schema}`);
  return url.toString();
}

async function record(names: string[], finished = true): Promise<void> {
  await client.query(`DELETE FROM ${schema}._prisma_migrations`);
  for (const name of names) {
    await client.query(
      `INSERT INTO ${schema}._prisma_migrations (migration_name, finished_at) VALUES ($1, ${finished ? "now()" : "NULL"})`,
      [name],
    );
  }
}

describe("migrationsPending.mjs", () => {
  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
  });

  afterAll(async () => {
    await client?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client?.end();
  });

  it("says pending when Prisma's table does not exist yet, or the server cannot be reached", async () => {
    expect(await pending(inSchema())).toBe(true);
    expect(await pending("postgresql://nobody@127.0.0.1:1/none")).toBe(true);
  });

  it("says pending until every migration folder is recorded as finished, and not rolled back", async () => {
    await client.query(
      `CREATE TABLE ${schema}._prisma_migrations (migration_name text, finished_at timestamptz, rolled_back_at timestamptz)`,
    );
    expect(MIGRATIONS.length).toBeGreaterThan(1);
    await record(MIGRATIONS.slice(0, -1));
    expect(await pending(inSchema())).toBe(true);
    await record(MIGRATIONS, false);
    expect(await pending(inSchema())).toBe(true);
    await record(MIGRATIONS);
    expect(await pending(inSchema())).toBe(false);
    await client.query(`UPDATE ${schema}._prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1`, [
      MIGRATIONS[0],
    ]);
    expect(await pending(inSchema())).toBe(true);
  });
});
