import os from "node:os";
import path from "node:path";
import type { TestFileDb } from "@arbiter/core/testFiles";
import { TestDataCache } from "./testDataCache";
import { databaseTestFileSource } from "./testFileSource";

/**
 * The cache of judgings that were given none (tests, the CLI, a worker without
 * ARBITER_TEST_CACHE_DIR): content-addressed, so one directory serves every database. One
 * per user: a worker running as an unprivileged user cannot write where root's tests cached.
 */
export const DEFAULT_TEST_DATA_DIR = path.join(os.tmpdir(), `arbiter-test-data-${process.getuid?.() ?? "user"}`);
const DEFAULT_MAX_BYTES = 2 * 1024 * 1024 * 1024;

const caches = new WeakMap<TestFileDb, TestDataCache>();

/** One cache per database client in this process, so its slots share fetches and pins. */
export function defaultTestDataCache(db: TestFileDb): TestDataCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new TestDataCache({
      dir: DEFAULT_TEST_DATA_DIR,
      maxBytes: DEFAULT_MAX_BYTES,
      source: databaseTestFileSource(db),
    });
    caches.set(db, cache);
  }
  return cache;
}
