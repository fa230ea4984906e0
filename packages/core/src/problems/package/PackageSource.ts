/** One file or directory of a package, as listed before anything is read. */
export interface PackageSourceEntry {
  /** Path relative to the package root, "/"-separated, never starting or ending with "/". */
  rel: string;
  kind: "file" | "dir";
  /** Size in bytes (uncompressed, for a zip); 0 for directories. */
  size: number;
}

/**
 * A problem package opened for reading, from a directory or a zip. Every entry is
 * listed and checked for shape (no links, no paths escaping the root, sizes within
 * limits) when the source is opened; file contents are read on demand.
 */
export interface PackageSource {
  entries: ReadonlyMap<string, PackageSourceEntry>;
  /** Reads one listed file; throws `ProblemPackageError` if it is missing or larger than `maxBytes`. */
  read(rel: string, maxBytes: number): Promise<Uint8Array<ArrayBuffer>>;
  close(): Promise<void>;
}

/** The listed entries directly inside `dirRel` ("" for the root), sorted by name. */
export function childrenOf(source: PackageSource, dirRel: string): PackageSourceEntry[] {
  const prefix = dirRel ? `${dirRel}/` : "";
  return [...source.entries.values()]
    .filter(
      (e) => e.rel.startsWith(prefix) && e.rel.length > prefix.length && !e.rel.slice(prefix.length).includes("/"),
    )
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/** Every listed file at any depth below `dirRel`, sorted by path. */
export function filesBelow(source: PackageSource, dirRel: string): PackageSourceEntry[] {
  return [...source.entries.values()]
    .filter((e) => e.kind === "file" && e.rel.startsWith(`${dirRel}/`))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
