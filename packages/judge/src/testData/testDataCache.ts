import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readFile, readdir, rename, stat, unlink, utimes } from "node:fs/promises";
import path from "node:path";
import { isTestFileHash } from "@arbiter/core/testFiles";
import { TestDataError } from "./testDataError";
import type { TestFileSource } from "./testFileSource";

export interface TestFileRef {
  hash: string;
  sizeBytes: number;
}

export type TestDataCacheEvent =
  | { type: "fetched"; hash: string; bytes: number }
  | { type: "corrupt"; hash: string }
  | { type: "evicted"; hash: string; bytes: number };

export interface TestDataCacheOptions {
  /** A directory of this host's own; several processes of the host may share it. */
  dir: string;
  /** Least recently used files go once the cache holds more than this. */
  maxBytes: number;
  source: TestFileSource;
  /** Fetches, corruptions and evictions, for the worker's log. */
  onEvent?: (event: TestDataCacheEvent) => void;
}

/** Small files are fetched together up to this many bytes per round trip. */
const SMALL_BATCH_BYTES = 16 * 1024 * 1024;
/** Temporary files older than this were left by a crashed process. */
const STALE_TEMP_MS = 60 * 60 * 1000;

interface Entry {
  sizeBytes: number;
  usedAt: number;
}

/**
 * A worker host's disk cache of test files by SHA-256. Files arrive whole or not at all
 * (written to a temporary name, checked against their hash, then renamed, so slots and
 * processes filling it at once never see half a file), are verified again on every read
 * (a damaged file is dropped and fetched anew, never judged with), and the least recently
 * used go when the cache outgrows `maxBytes` — except those a running judging pinned.
 */
export class TestDataCache {
  /** What this process fetched from the source and found on disk, for tests and the operator's view. */
  readonly stats = { fetchedFiles: 0, fetchedBytes: 0, hits: 0, corrupt: 0, evicted: 0 };
  private index: Map<string, Entry> | null = null;
  private loading: Promise<Map<string, Entry>> | null = null;
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly pins = new Map<string, number>();

  constructor(private readonly options: TestDataCacheOptions) {}

  /** Bytes this cache knows it holds. */
  get sizeBytes(): number {
    let total = 0;
    for (const entry of this.index?.values() ?? []) total += entry.sizeBytes;
    return total;
  }

  /** Keeps these files from eviction until the returned function is called. */
  pin(hashes: readonly string[]): () => void {
    for (const hash of hashes) this.pins.set(hash, (this.pins.get(hash) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      for (const hash of hashes) {
        const left = (this.pins.get(hash) ?? 1) - 1;
        if (left > 0) this.pins.set(hash, left);
        else this.pins.delete(hash);
      }
    };
  }

  /** Makes every file present on disk, fetching only the missing ones (small ones in batches). */
  async ensure(files: readonly TestFileRef[]): Promise<void> {
    const index = await this.loadIndex();
    const missing = new Map<string, TestFileRef>();
    for (const file of files) {
      if (!isTestFileHash(file.hash)) throw new TestDataError(`not a test file hash: ${file.hash.slice(0, 80)}`);
      if (index.has(file.hash) || missing.has(file.hash)) continue;
      if (await this.foundOnDisk(file.hash)) continue;
      missing.set(file.hash, file);
    }
    const small = [...missing.values()].filter((f) => f.sizeBytes <= this.options.source.smallFileBytes);
    const large = [...missing.values()].filter((f) => f.sizeBytes > this.options.source.smallFileBytes);
    for (const batch of batchesOf(small)) await this.fetchSmall(batch);
    for (const file of large) await this.fetchOne(file.hash);
  }

  /** A file's verified content; a missing or damaged file is fetched (again) first. */
  async read(hash: string): Promise<Buffer> {
    if (!isTestFileHash(hash)) throw new TestDataError(`not a test file hash: ${hash.slice(0, 80)}`);
    const index = await this.loadIndex();
    for (let attempt = 0; attempt < 2; attempt++) {
      const bytes = await readFile(this.pathOf(hash)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw new TestDataError(`cannot read cached test file ${hash}: ${error.message}`);
      });
      if (bytes && sha256(bytes) === hash) {
        this.stats.hits++;
        const now = Date.now();
        index.set(hash, { sizeBytes: bytes.length, usedAt: now });
        // The file's time is the recency other processes of the host see when they start.
        utimes(this.pathOf(hash), now / 1000, now / 1000).catch(() => undefined);
        return bytes;
      }
      if (bytes) {
        this.stats.corrupt++;
        this.options.onEvent?.({ type: "corrupt", hash });
        index.delete(hash);
        await unlink(this.pathOf(hash)).catch(() => undefined);
      }
      await this.fetchOne(hash);
    }
    throw new TestDataError(`test file ${hash} is damaged in the store itself`);
  }

  pathOf(hash: string): string {
    return path.join(this.options.dir, hash.slice(0, 2), hash);
  }

  private async foundOnDisk(hash: string): Promise<boolean> {
    const info = await stat(this.pathOf(hash)).catch(() => null);
    if (!info) return false;
    this.index!.set(hash, { sizeBytes: info.size, usedAt: info.mtimeMs });
    return true;
  }

  private async fetchSmall(batch: readonly TestFileRef[]): Promise<void> {
    const wanted = batch.filter((f) => !this.inFlight.has(f.hash));
    const fetched = await this.options.source.readSmall(wanted.map((f) => f.hash)).catch((error: unknown) => {
      throw new TestDataError(`cannot fetch test files: ${messageOf(error)}`);
    });
    for (const file of wanted) {
      const bytes = fetched.get(file.hash);
      if (!bytes) throw new TestDataError(`test file ${file.hash} is not in the store`);
      await this.once(file.hash, () => this.install(file.hash, [bytes]));
    }
    // Files another slot was already fetching: wait for them too.
    await Promise.all(batch.flatMap((f) => this.inFlight.get(f.hash) ?? []));
  }

  private fetchOne(hash: string): Promise<void> {
    return this.once(hash, () => this.install(hash, this.options.source.stream(hash)));
  }

  /** One fetch per file at a time in this process; other slots wait for it. */
  private once(hash: string, fetch: () => Promise<void>): Promise<void> {
    const running = this.inFlight.get(hash);
    if (running) return running;
    const promise = fetch().finally(() => this.inFlight.delete(hash));
    this.inFlight.set(hash, promise);
    return promise;
  }

  /** Writes to a temporary name, checks the hash, renames: a file is there whole or not at all. */
  private async install(hash: string, chunks: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<void> {
    const final = this.pathOf(hash);
    await mkdir(path.dirname(final), { recursive: true });
    const temp = `${final}.tmp-${process.pid}-${randomUUID()}`;
    const digest = createHash("sha256");
    let bytes = 0;
    const handle = await open(temp, "wx").catch((error: unknown) => {
      throw new TestDataError(`cannot cache test file ${hash}: ${messageOf(error)}`);
    });
    try {
      try {
        for await (const chunk of chunks) {
          digest.update(chunk);
          bytes += chunk.length;
          await handle.write(chunk);
        }
      } finally {
        await handle.close();
      }
      if (digest.digest("hex") !== hash) throw new TestDataError(`test file ${hash} arrived damaged from the store`);
      await rename(temp, final);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      if (error instanceof TestDataError) throw error;
      throw new TestDataError(`cannot cache test file ${hash}: ${messageOf(error)}`);
    }
    this.stats.fetchedFiles++;
    this.stats.fetchedBytes += bytes;
    this.options.onEvent?.({ type: "fetched", hash, bytes });
    this.index!.set(hash, { sizeBytes: bytes, usedAt: Date.now() });
    await this.evictOverBudget();
  }

  private async evictOverBudget(): Promise<void> {
    const index = this.index!;
    let total = this.sizeBytes;
    if (total <= this.options.maxBytes) return;
    const byAge = [...index.entries()].sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [hash, entry] of byAge) {
      if (total <= this.options.maxBytes) break;
      if (this.pins.has(hash) || this.inFlight.has(hash)) continue;
      index.delete(hash);
      total -= entry.sizeBytes;
      await unlink(this.pathOf(hash)).catch(() => undefined);
      this.stats.evicted++;
      this.options.onEvent?.({ type: "evicted", hash, bytes: entry.sizeBytes });
    }
  }

  /** What a previous run (or another process of this host) left, oldest use first out. */
  private loadIndex(): Promise<Map<string, Entry>> {
    if (this.index) return Promise.resolve(this.index);
    this.loading ??= this.scan().then((index) => (this.index = index));
    return this.loading;
  }

  private async scan(): Promise<Map<string, Entry>> {
    const index = new Map<string, Entry>();
    await mkdir(this.options.dir, { recursive: true }).catch((error: unknown) => {
      throw new TestDataError(`cannot create the test data cache ${this.options.dir}: ${messageOf(error)}`);
    });
    for (const shard of await readdir(this.options.dir)) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const name of await readdir(path.join(this.options.dir, shard)).catch(() => [])) {
        const file = path.join(this.options.dir, shard, name);
        const info = await stat(file).catch(() => null);
        if (!info) continue;
        if (isTestFileHash(name)) index.set(name, { sizeBytes: info.size, usedAt: info.mtimeMs });
        else if (name.includes(".tmp-") && Date.now() - info.mtimeMs > STALE_TEMP_MS)
          await unlink(file).catch(() => undefined);
      }
    }
    return index;
  }
}

function* batchesOf(files: readonly TestFileRef[]): Generator<TestFileRef[]> {
  let batch: TestFileRef[] = [];
  let bytes = 0;
  for (const file of files) {
    if (batch.length > 0 && bytes + file.sizeBytes > SMALL_BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += file.sizeBytes;
  }
  if (batch.length > 0) yield batch;
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
