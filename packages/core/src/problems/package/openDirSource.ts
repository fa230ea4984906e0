import type { PackageSource } from "./PackageSource";
import { readPackageFile } from "./readPackageFile";
import { scanPackage } from "./scanPackage";

/** Opens a package directory: the whole tree is scanned (and checked) now, files are read later. */
export async function openDirSource(dir: string): Promise<PackageSource> {
  const scanned = await scanPackage(dir);
  return {
    entries: scanned.entries,
    read: (rel, maxBytes) => readPackageFile(scanned, rel, maxBytes),
    close: async () => undefined,
  };
}
