import { constants } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
import { fsStep, type ScannedPackage } from "./scanPackage";
import { formatBytes } from "./formatBytes";
import { ProblemPackageError, shown } from "./ProblemPackageError";

// O_NOFOLLOW refuses a file swapped for a link after the scan; O_NONBLOCK keeps a
// file swapped for a FIFO from hanging the open. (Both are 0 where unsupported.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file the scan found, refusing it if it is no longer the same regular file
 * (same device and inode) or has grown past `maxBytes`.
 */
export async function readPackageFile(
  pkg: ScannedPackage,
  rel: string,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const scanned = pkg.entries.get(rel);
  if (scanned?.kind !== "file") throw new ProblemPackageError(`${shown(rel)} is missing`);
  // A link inside the package is read at its target, which the scan resolved (never a link itself).
  const handle = await fsStep(rel, () => open(path.join(pkg.root, scanned.realRel), OPEN_FLAGS));
  try {
    const stat = await fsStep(rel, () => handle.stat());
    if (!stat.isFile() || stat.dev !== scanned.dev || stat.ino !== scanned.ino) {
      throw new ProblemPackageError(`${shown(rel)} changed while the package was being read`);
    }
    if (stat.size > maxBytes) throw new ProblemPackageError(`${shown(rel)} is larger than ${formatBytes(maxBytes)}`);
    // Read exactly the size seen by fstat: a file still being written is read as it was.
    const bytes = new Uint8Array(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await fsStep(rel, () => handle.read(bytes, filled, bytes.length - filled, filled));
      if (bytesRead === 0) throw new ProblemPackageError(`${shown(rel)} changed while the package was being read`);
      filled += bytesRead;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}
