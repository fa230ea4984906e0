import { TEST_FILE_CHUNK_BYTES, type TestFileDb } from "./testFileDb";

/** A stored test file is missing or shorter than its row says: the store is damaged. */
export class TestFileMissingError extends Error {
  override readonly name = "TestFileMissingError";
}

/** Chunks read per round trip while streaming: a few MiB in memory at most. */
const CHUNKS_PER_READ = 4;

/**
 * Streams one stored file a few chunks at a time, so a 1 GiB test never sits in memory
 * whole. Throws `TestFileMissingError` when the file or one of its chunks is not stored.
 */
export async function* streamTestFile(db: TestFileDb, hash: string): AsyncGenerator<Buffer> {
  const file = await db.testFile.findUnique({ where: { hash }, select: { sizeBytes: true } });
  if (!file) throw new TestFileMissingError(`test file ${hash} is not stored`);
  const count = Math.max(1, Math.ceil(file.sizeBytes / TEST_FILE_CHUNK_BYTES));
  for (let first = 0; first < count; first += CHUNKS_PER_READ) {
    const last = Math.min(count, first + CHUNKS_PER_READ) - 1;
    const rows = await db.testFileChunk.findMany({
      where: { hash, seq: { gte: first, lte: last } },
      orderBy: { seq: "asc" },
      select: { seq: true, data: true },
    });
    if (rows.length !== last - first + 1)
      throw new TestFileMissingError(`test file ${hash} lacks chunks ${first}..${last}`);
    for (const row of rows) yield Buffer.from(row.data.buffer, row.data.byteOffset, row.data.byteLength);
  }
}

/** A whole stored file in memory: for package export and small files only. */
export async function readTestFile(db: TestFileDb, hash: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of streamTestFile(db, hash)) parts.push(chunk);
  return Buffer.concat(parts);
}

/**
 * Several files that fit in one chunk each, in one round trip (a problem's many small
 * tests). Returns what it found by hash; callers stream whatever is larger.
 */
export async function readSmallTestFiles(db: TestFileDb, hashes: readonly string[]): Promise<Map<string, Buffer>> {
  if (hashes.length === 0) return new Map();
  const rows = await db.testFileChunk.findMany({
    where: { hash: { in: [...hashes] }, seq: 0, file: { sizeBytes: { lte: TEST_FILE_CHUNK_BYTES } } },
    select: { hash: true, data: true },
  });
  return new Map(rows.map((r) => [r.hash, Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength)]));
}

/**
 * The first `maxBytes` (at most one chunk) of each file, for showing samples; a longer
 * file is cut, and callers say so.
 */
export async function readTestFileHeads(
  db: TestFileDb,
  hashes: readonly string[],
  maxBytes: number,
): Promise<Map<string, Buffer>> {
  if (hashes.length === 0) return new Map();
  const rows = await db.testFileChunk.findMany({
    where: { hash: { in: [...hashes] }, seq: 0 },
    select: { hash: true, data: true },
  });
  return new Map(
    rows.map((r) => [r.hash, Buffer.from(r.data.buffer, r.data.byteOffset, Math.min(r.data.byteLength, maxBytes))]),
  );
}
