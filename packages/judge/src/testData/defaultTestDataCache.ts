import os from "node:os";
import path from "node:path";
import type { TestFileDb } from "@arbiter/core/testFiles";
import { TestDataCache } from "./testDataCache";
import { databaseTestFileSource } from "./testFileSource";

/** The cache of judgings that were given none (tests, the CLI): content-addressed, so one directory serves every database. */
export const DEFAULT_TEST_DATA_DIR = path.join(os.tmpdir(), "arbiter-test-data");
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
