import { performance } from "node:perf_hooks";
import type { PrismaClient } from "@arbiter/db/client";
import { createGradebookFixtures, type GradebookSize } from "./gradebookFixtures";
import { runLoad, type LoadResult } from "./load";
import { runPaced } from "./paced";
import { summarize, type Summary } from "./stats";

export interface GradebookResults {
  size: GradebookSize;
  clients: number;
  seedMs: number;
  refreshMs: number;
  page: LoadResult;
  /** The page loaded alone, one request after another: its service time. */
  pageAlone: Summary & { bytes: number };
  json: LoadResult;
  csv: Summary & { bytes: number };
  csvLong: Summary & { bytes: number };
}

/** CSV downloads (and lone page loads) timed one after another: an instructor clicks export once. */
const SEQUENTIAL_LOADS = 5;

/**
 * The gradebook of a large class, seen by its instructor: the page and the JSON API under
 * `clients` paced clients (each loading about once a second), then the page alone and
 * the CSV exports, one request at a time. Every row it makes is deleted again.
 */
export async function measureGradebook(options: {
  db: PrismaClient;
  baseUrl: string;
  size: GradebookSize;
  clients: number;
  durationS: number;
}): Promise<GradebookResults> {
  const { db, baseUrl, size, clients, durationS } = options;
  console.log(
    `Gradebook: seeding ${size.students} students × ${size.problems} problems, ${size.submissions} submissions…`,
  );
  const fixtures = await createGradebookFixtures(db, size);
  console.log(
    `Gradebook: seeded in ${(fixtures.seedMs / 1000).toFixed(1)} s, whole-assignment grade refresh ${fixtures.refreshMs.toFixed(0)} ms`,
  );
  try {
    const headers = { cookie: `arbiter_session=${fixtures.cookie}` };
    const pageUrl = `${baseUrl}/courses/${fixtures.course}/${fixtures.assignment}/grades`;
    const apiUrl = `${baseUrl}/api/v1/courses/${fixtures.course}/assignments/${fixtures.assignment}/grades`;
    for (const url of [pageUrl, apiUrl]) {
      const check = await fetch(url, { headers });
      if (check.status !== 200) throw new Error(`${url}: HTTP ${check.status}`);
      await check.arrayBuffer();
    }
    const rows = (await (await fetch(apiUrl, { headers })).json()) as unknown[];
    if (rows.length !== size.students) throw new Error(`the grades API listed ${rows.length} students`);

    console.log(`Gradebook page: warming up, then ${clients} clients for ${durationS} s…`);
    await runLoad({ url: pageUrl, connections: 4, durationS: 3, headers });
    const page = await runPaced({ url: pageUrl, clients, ratePerClient: 1, durationS, headers });
    const pageAlone = await timeSequential(pageUrl, headers);
    console.log(`Grades JSON: ${clients} clients for ${durationS} s…`);
    await runLoad({ url: apiUrl, connections: 4, durationS: 2, headers });
    const json = await runPaced({ url: apiUrl, clients, ratePerClient: 1, durationS, headers });
    console.log(`CSV export: ${SEQUENTIAL_LOADS} downloads of each layout…`);
    const csv = await timeSequential(`${apiUrl}?format=wide`, headers);
    const csvLong = await timeSequential(`${apiUrl}?format=long`, headers);
    return {
      size,
      clients,
      seedMs: fixtures.seedMs,
      refreshMs: fixtures.refreshMs,
      page,
      pageAlone,
      json,
      csv,
      csvLong,
    };
  } finally {
    await fixtures.cleanUp();
  }
}

async function timeSequential(url: string, headers: Record<string, string>): Promise<Summary & { bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < SEQUENTIAL_LOADS; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
    times.push(performance.now() - started);
    bytes = body.byteLength;
  }
  return { ...summarize(times), bytes };
}
