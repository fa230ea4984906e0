import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_FILE_CHUNK_BYTES, hashTestFile, storeTestCaseFile, storeTestFiles } from "@arbiter/core/testFiles";
import { createPrismaClient } from "@arbiter/db/client";
import { createDocker } from "@arbiter/sandbox";
import { judgeSubmission } from "../judgeSubmission";
import { createStudent, removeFixtures } from "../testing/fixtures";
import { TestDataCache, type TestDataCacheEvent } from "./testDataCache";
import { TestDataError } from "./testDataError";
import { databaseTestFileSource, type TestFileSource } from "./testFileSource";

const db = createPrismaClient();
const docker = createDocker();
const MIB = 1024 * 1024;
let base = "";
let userId = "";
const problemIds: string[] = [];

beforeAll(async () => {
  base = await mkdtemp(path.join(os.tmpdir(), "arbiter-cache-test-"));
  userId = (await createStudent(db)).id;
});
afterAll(async () => {
  for (const problemId of problemIds) await removeFixtures(db, { problemId });
  await removeFixtures(db, { userId });
  await db.$disconnect();
  await rm(base, { recursive: true, force: true });
});

/** The database source, counting every byte and file it hands out. */
function countingSource(): TestFileSource & { files: number; bytes: number } {
  const inner = databaseTestFileSource(db);
  const source = {
    files: 0,
    bytes: 0,
    smallFileBytes: inner.smallFileBytes,
    async readSmall(hashes: readonly string[]) {
      const found = await inner.readSmall(hashes);
      for (const bytes of found.values()) {
        source.files++;
        source.bytes += bytes.length;
      }
      return found;
    },
    async *stream(hash: string) {
      source.files++;
      for await (const chunk of inner.stream(hash)) {
        source.bytes += chunk.length;
        yield chunk;
      }
    },
  };
  return source;
}

async function newCache(source: TestFileSource, events: TestDataCacheEvent[] = [], maxBytes = 1024 * MIB) {
  const dir = await mkdtemp(path.join(base, "cache-"));
  return { dir, cache: new TestDataCache({ dir, maxBytes, source, onEvent: (e) => events.push(e) }) };
}

async function stored(bytes: Buffer): Promise<{ hash: string; sizeBytes: number }> {
  const [hash] = await storeTestFiles(db, [bytes]);
  return { hash: hash!, sizeBytes: bytes.length };
}

describe("test data: stored once in PostgreSQL, cached by hash on the worker host", () => {
  it("stores a content once however many tests share it", async () => {
    const bytes = randomBytes(1000);
    const [a, b] = await storeTestFiles(db, [bytes, Buffer.from(bytes)]);
    expect(a).toBe(hashTestFile(bytes));
    expect(b).toBe(a);
    expect(await db.testFileChunk.count({ where: { hash: a! } })).toBe(1);
  });

  it("judges from the cache: the second judging reads no test bytes from PostgreSQL", async () => {
    // Two tests larger than a chunk take the streamed path, the rest the batched one.
    const big = "9 ".repeat(1.5 * MIB) + "\n";
    const tests: [string, string][] = [
      ["1 2\n", "3\n"],
      [big, big],
      [`${big}x\n`, `${big}x\n`],
      ["40 2\n", "42\n"],
    ];
    const files = await Promise.all(tests.map(([input, answer]) => storeTestCaseFile(db, input, answer)));
    const problem = await db.problem.create({
      data: {
        slug: `cache-${randomUUID().slice(0, 8)}`,
        title: "Cat",
        timeLimitMs: 2000,
        memoryLimitMb: 128,
        testCases: {
          create: files.map((f, i) => ({ index: i + 1, name: `secret/${i + 1}`, isSample: false, ...f })),
        },
      },
    });
    problemIds.push(problem.id);
    const source = countingSource();
    const { cache } = await newCache(source);
    // Echoes its input for the big tests and adds for the small ones: every byte matters.
    const program = [
      "import sys",
      "data = sys.stdin.read()",
      "parts = data.split()",
      "if len(parts) == 2 and all(p.lstrip('-').isdigit() for p in parts): print(int(parts[0]) + int(parts[1]))",
      "else: sys.stdout.write(data)",
    ].join("\n");
    const judge = async () => {
      const submission = await db.submission.create({
        data: { userId, problemId: problem.id, language: "python3", source: program },
      });
      return judgeSubmission({ db, docker, workerId: "cache-test", testData: cache }, submission.id);
    };

    expect(await judge()).toEqual({ verdict: "AC", score: 100 });
    // Each distinct content once: the second test's input and answer are the same file.
    const distinct = new Set(tests.flat());
    expect(source.files).toBe(distinct.size);
    expect(source.bytes).toBe([...distinct].reduce((n, text) => n + Buffer.byteLength(text), 0));
    const before = { ...source };
    expect(await judge()).toEqual({ verdict: "AC", score: 100 });
    expect(source.files).toBe(before.files);
    expect(source.bytes).toBe(before.bytes);
  }, 180_000);

  it("detects a damaged cache file by its hash, drops it and fetches it again", async () => {
    const file = await stored(randomBytes(5000));
    const source = countingSource();
    const events: TestDataCacheEvent[] = [];
    const { cache } = await newCache(source, events);
    await cache.ensure([file]);
    const original = await cache.read(file.hash);
    const damaged = Buffer.from(original);
    damaged[100] = damaged[100]! ^ 0xff;
    await writeFile(cache.pathOf(file.hash), damaged);

    const again = await cache.read(file.hash);
    expect(again.equals(original)).toBe(true);
    expect(events.filter((e) => e.type === "corrupt")).toEqual([{ type: "corrupt", hash: file.hash }]);
    expect(cache.stats.corrupt).toBe(1);
    expect(source.files).toBe(2); // the first fill and the refetch
  });

  it("is safe with several slots and processes filling it at once", async () => {
    const files = await Promise.all(
      Array.from({ length: 6 }, (_, i) => stored(randomBytes(i % 2 === 0 ? 2000 : TEST_FILE_CHUNK_BYTES + 3000))),
    );
    const dir = await mkdtemp(path.join(base, "shared-"));
    const slots = Array.from(
      { length: 4 },
      () => new TestDataCache({ dir, maxBytes: 1024 * MIB, source: databaseTestFileSource(db) }),
    );
    const oneProcess = slots[0]!;
    await Promise.all([
      ...slots.map((cache) => cache.ensure(files)),
      oneProcess.ensure(files),
      ...files.map((f) => oneProcess.read(f.hash)),
    ]);
    for (const cache of slots) {
      for (const f of files) expect(hashTestFile(await cache.read(f.hash))).toBe(f.hash);
    }
    const names = (await Promise.all((await readdir(dir)).map((shard) => readdir(path.join(dir, shard))))).flat();
    expect(names.filter((n) => n.includes(".tmp-"))).toEqual([]);
    expect(names.sort()).toEqual(files.map((f) => f.hash).sort());
  });

  it("leaves nothing half-written when a fetch fails, and says so as a TestDataError", async () => {
    const file = await stored(randomBytes(3 * TEST_FILE_CHUNK_BYTES));
    const inner = databaseTestFileSource(db);
    const failing: TestFileSource = {
      ...inner,
      async *stream(hash) {
        let n = 0;
        for await (const chunk of inner.stream(hash)) {
          if (n++ === 1) throw new Error("connection reset");
          yield chunk;
        }
      },
    };
    const { dir, cache } = await newCache(failing);
    await expect(cache.ensure([file])).rejects.toBeInstanceOf(TestDataError);
    expect(await readdir(path.join(dir, file.hash.slice(0, 2)))).toEqual([]);
  });

  it("evicts the least recently used files over its budget, never a pinned one", async () => {
    const files = await Promise.all([1, 2, 3].map(() => stored(randomBytes(400 * 1024))));
    const events: TestDataCacheEvent[] = [];
    const { cache } = await newCache(databaseTestFileSource(db), events, 900 * 1024);
    const release = cache.pin([files[0]!.hash]);
    await cache.ensure([files[0]!]);
    await cache.ensure([files[1]!]);
    await cache.ensure([files[2]!]);
    expect(events.filter((e) => e.type === "evicted").map((e) => e.hash)).toEqual([files[1]!.hash]);
    expect(cache.sizeBytes).toBeLessThanOrEqual(900 * 1024);
    release();
  });

  it("streams large files: memory stays flat while 6 × 16 MiB pass through", async () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const files: { hash: string; sizeBytes: number }[] = [];
    for (let i = 0; i < 6; i++) files.push(await stored(randomBytes(16 * MIB)));
    const inner = databaseTestFileSource(db);
    // One file streamed first: the database client's WebAssembly memory (counted in
    // arrayBuffers) grows once to its high-water mark for a chunk read and never shrinks.
    for await (const chunk of inner.stream(files[0]!.hash)) void chunk;
    gc();
    const baseline = process.memoryUsage().arrayBuffers;
    let peak = 0;
    const sampling: TestFileSource = {
      ...inner,
      async *stream(hash) {
        for await (const chunk of inner.stream(hash)) {
          gc(); // live memory only: what the cache holds on to, not garbage waiting for collection
          peak = Math.max(peak, process.memoryUsage().arrayBuffers - baseline);
          yield chunk;
        }
      },
    };
    const { cache } = await newCache(sampling);
    await cache.ensure(files);
    expect(cache.stats.fetchedBytes).toBe(96 * MIB);
    // Flat: a chunk read in flight plus the database client's own copies of it (about
    // 20 MiB measured for a 4-chunk read), far from the 96 MiB that passed through; a cache
    // that held whole files would need a file plus the client's copies of it on top.
    expect(peak).toBeLessThan(32 * MIB);
    await db.testFile.deleteMany({ where: { hash: { in: files.map((f) => f.hash) } } });
  }, 300_000);
});
