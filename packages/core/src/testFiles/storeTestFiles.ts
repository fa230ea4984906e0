import { TEST_FILE_CHUNK_BYTES, type TestFileDb } from "./testFileDb";
import { hashTestFile } from "./hashTestFile";

/** Chunk rows per INSERT stay under this many bytes, well below PostgreSQL's 1 GiB message limit. */
const INSERT_BATCH_BYTES = 32 * 1024 * 1024;

/**
 * Stores test files by content and returns their hashes, in the order given. A content
 * already stored (by this or any other problem) is neither sent nor stored again.
 * Run inside the transaction that references the hashes, so no test ever points at a
 * file that is half there.
 */
export async function storeTestFiles(db: TestFileDb, files: readonly Uint8Array[]): Promise<string[]> {
  const hashes = files.map(hashTestFile);
  const byHash = new Map<string, Uint8Array>();
  for (const [i, hash] of hashes.entries()) byHash.set(hash, files[i]!);
  const present = await db.testFile.findMany({ where: { hash: { in: [...byHash.keys()] } }, select: { hash: true } });
  for (const { hash } of present) byHash.delete(hash);
  if (byHash.size === 0) return hashes;

  await db.testFile.createMany({
    data: [...byHash].map(([hash, bytes]) => ({ hash, sizeBytes: bytes.length })),
    skipDuplicates: true,
  });
  let batch: { hash: string; seq: number; data: Uint8Array<ArrayBuffer> }[] = [];
  let batchBytes = 0;
  for (const [hash, bytes] of byHash) {
    for (const chunk of chunksOf(hash, bytes)) {
      if (batch.length > 0 && batchBytes + chunk.data.length > INSERT_BATCH_BYTES) {
        await db.testFileChunk.createMany({ data: batch, skipDuplicates: true });
        batch = [];
        batchBytes = 0;
      }
      batch.push(chunk);
      batchBytes += chunk.data.length;
    }
  }
  if (batch.length > 0) await db.testFileChunk.createMany({ data: batch, skipDuplicates: true });
  return hashes;
}

/** A file's chunk rows; an empty file is one empty chunk, so every file has a chunk 0. */
function* chunksOf(
  hash: string,
  bytes: Uint8Array,
): Generator<{ hash: string; seq: number; data: Uint8Array<ArrayBuffer> }> {
  const count = Math.max(1, Math.ceil(bytes.length / TEST_FILE_CHUNK_BYTES));
  for (let seq = 0; seq < count; seq++) {
    const slice = bytes.subarray(seq * TEST_FILE_CHUNK_BYTES, (seq + 1) * TEST_FILE_CHUNK_BYTES);
    yield { hash, seq, data: new Uint8Array(slice) };
  }
}

/** Stores each test's input and answer and returns the hashes a TestCase row references. */
export async function storeTestCaseFiles(
  db: TestFileDb,
  tests: readonly { input: Uint8Array; answer: Uint8Array }[],
): Promise<{ inputHash: string; answerHash: string }[]> {
  const hashes = await storeTestFiles(
    db,
    tests.flatMap((t) => [t.input, t.answer]),
  );
  return tests.map((_, i) => ({ inputHash: hashes[2 * i]!, answerHash: hashes[2 * i + 1]! }));
}

/** One test's files from text or bytes (fixtures, benchmarks): the hashes its TestCase row needs. */
export async function storeTestCaseFile(
  db: TestFileDb,
  input: string | Uint8Array,
  answer: string | Uint8Array,
): Promise<{ inputHash: string; answerHash: string }> {
  const bytes = (v: string | Uint8Array) => (typeof v === "string" ? Buffer.from(v) : v);
  const [files] = await storeTestCaseFiles(db, [{ input: bytes(input), answer: bytes(answer) }]);
  return files!;
}
