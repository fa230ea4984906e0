import { TEST_FILE_CHUNK_BYTES, readSmallTestFiles, streamTestFile, type TestFileDb } from "@arbiter/core/testFiles";

/** Where a cache fetches the test files it lacks: PostgreSQL, or a counting stand-in in tests. */
export interface TestFileSource {
  /** Files of at most one chunk, in one round trip; what is absent is simply not in the map. */
  readSmall(hashes: readonly string[]): Promise<Map<string, Buffer>>;
  /** One file, a chunk at a time. */
  stream(hash: string): AsyncIterable<Buffer>;
  /** Files up to this size are read with `readSmall`. */
  readonly smallFileBytes: number;
}

/** The shared store every worker host reaches. */
export function databaseTestFileSource(db: TestFileDb): TestFileSource {
  return {
    readSmall: (hashes) => readSmallTestFiles(db, hashes),
    stream: (hash) => streamTestFile(db, hash),
    smallFileBytes: TEST_FILE_CHUNK_BYTES,
  };
}
