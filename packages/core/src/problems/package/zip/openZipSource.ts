import yauzl, { type Entry, type ZipFile } from "yauzl";
import { formatBytes } from "../formatBytes";
import type { PackageSource, PackageSourceEntry } from "../PackageSource";
import { MAX_PACKAGE_ENTRIES, MAX_ZIP_UNCOMPRESSED_BYTES } from "../packageLimits";
import { ProblemPackageError, shown } from "../ProblemPackageError";
import { checkZipEntry } from "./checkZipEntry";

interface ZipItem extends PackageSourceEntry {
  /** Absent for directories the zip only implies (a file "a/b" implies "a"). */
  entry?: Entry;
}

/** macOS Finder adds resource forks here; they are never part of a package. */
const IGNORED_TOP_LEVEL = "__MACOSX";

/**
 * Opens a zip package. The central directory is read and every entry checked
 * (names, links, sizes, compression ratio, entry count) before anything is
 * inflated; entries are inflated on demand, in memory, never to disk. A zip
 * holding a single top-level directory with problem.yaml in it (as `zip -r
 * name.zip name/` makes) is read as that directory.
 */
export async function openZipSource(file: string): Promise<PackageSource> {
  const zip = await yauzl
    .openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true })
    .catch((error: unknown) => {
      throw new ProblemPackageError(`The package is not a readable zip file (${zipMessage(error)})`);
    });
  try {
    const items = await listEntries(zip);
    const root = packageRoot(items);
    const entries = new Map<string, ZipItem>();
    for (const item of items.values()) {
      if (root !== "" && !item.rel.startsWith(`${root}/`)) continue;
      const rel = root === "" ? item.rel : item.rel.slice(root.length + 1);
      entries.set(rel, { ...item, rel });
    }
    return {
      entries,
      read: (rel, maxBytes) => readEntry(zip, entries.get(rel), rel, maxBytes),
      close: async () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function listEntries(zip: ZipFile): Promise<Map<string, ZipItem>> {
  if (zip.entryCount > MAX_PACKAGE_ENTRIES) {
    throw new ProblemPackageError(`The zip has more than ${MAX_PACKAGE_ENTRIES} entries`);
  }
  const items = new Map<string, ZipItem>();
  let totalBytes = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const checked = checkZipEntry(entry);
      if (checked.rel.split("/")[0] === IGNORED_TOP_LEVEL) continue;
      totalBytes += checked.size;
      if (totalBytes > MAX_ZIP_UNCOMPRESSED_BYTES) {
        throw new ProblemPackageError(`The zip unpacks to more than ${formatBytes(MAX_ZIP_UNCOMPRESSED_BYTES)}`);
      }
      addItem(items, { ...checked, ...(checked.kind === "file" ? { entry } : {}) });
      const segments = checked.rel.split("/");
      for (let i = 1; i < segments.length; i++)
        addItem(items, { rel: segments.slice(0, i).join("/"), kind: "dir", size: 0 });
      if (items.size > MAX_PACKAGE_ENTRIES) {
        throw new ProblemPackageError(`The package has more than ${MAX_PACKAGE_ENTRIES} files and directories`);
      }
    }
  } catch (error) {
    if (error instanceof ProblemPackageError) throw error;
    throw new ProblemPackageError(`The zip file is damaged (${zipMessage(error)})`);
  }
  return items;
}

/** Adds an entry; the same path twice (or as both file and directory) would make the package ambiguous. */
function addItem(items: Map<string, ZipItem>, item: ZipItem): void {
  const existing = items.get(item.rel);
  if (!existing) {
    items.set(item.rel, item);
    return;
  }
  if (existing.kind === "dir" && item.kind === "dir") return;
  throw new ProblemPackageError(`${shown(item.rel)} appears more than once in the zip`);
}

/** "" when problem.yaml is at the top; the directory's name when everything sits in one directory that has it. */
function packageRoot(items: ReadonlyMap<string, ZipItem>): string {
  if (items.has("problem.yaml")) return "";
  const top = [...items.values()].filter((item) => !item.rel.includes("/"));
  const only = top[0];
  if (top.length === 1 && only?.kind === "dir" && items.get(`${only.rel}/problem.yaml`)?.kind === "file")
    return only.rel;
  return "";
}

async function readEntry(
  zip: ZipFile,
  item: ZipItem | undefined,
  rel: string,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  if (item?.kind !== "file" || !item.entry) throw new ProblemPackageError(`${shown(rel)} is missing`);
  if (item.size > maxBytes) throw new ProblemPackageError(`${shown(rel)} is larger than ${formatBytes(maxBytes)}`);
  // The declared size was checked against the limits; yauzl also fails the stream
  // as soon as the inflated data disagrees with it, and so does the loop below.
  const bytes = new Uint8Array(item.size);
  let filled = 0;
  try {
    const stream = await zip.openReadStreamPromise(item.entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (filled + chunk.length > bytes.length)
        throw new ProblemPackageError(`${shown(rel)} is larger than the zip says`);
      bytes.set(chunk, filled);
      filled += chunk.length;
    }
  } catch (error) {
    if (error instanceof ProblemPackageError) throw error;
    throw new ProblemPackageError(`${shown(rel)} cannot be unpacked (${zipMessage(error)})`);
  }
  if (filled !== bytes.length) throw new ProblemPackageError(`${shown(rel)} is smaller than the zip says`);
  return bytes;
}

/** One short line from a yauzl or zlib error; a file-system error (whose message names host paths) gives its code only. */
function zipMessage(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return code;
  const message = error instanceof Error ? error.message : String(error);
  return shown(message.split("\n")[0] ?? "").slice(0, 200) || "unreadable";
}
