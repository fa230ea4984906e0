import { open, stat } from "node:fs/promises";
import { openDirSource } from "./openDirSource";
import type { PackageSource } from "./PackageSource";
import { ProblemPackageError } from "./ProblemPackageError";
import { openZipSource } from "./zip/openZipSource";

/** "PK\3\4" starts a zip with entries, "PK\5\6" an empty one. */
const ZIP_MAGIC = [Buffer.from("PK\u0003\u0004", "latin1"), Buffer.from("PK\u0005\u0006", "latin1")];

/**
 * Opens a problem package from a directory, or from a zip file (recognized by its
 * `.zip`/`.kpp` extension or its magic bytes). The path itself is chosen by the
 * operator, so a link there is followed; nothing inside the package is.
 */
export async function openPackageSource(packagePath: string): Promise<PackageSource> {
  const info = await stat(packagePath).catch((error: unknown) => {
    const code = (error as { code?: unknown }).code;
    throw new ProblemPackageError(
      code === "ENOENT"
        ? "Problem package not found"
        : `Cannot open the problem package (${typeof code === "string" ? code : "unreadable"})`,
    );
  });
  if (info.isDirectory()) return openDirSource(packagePath);
  if (info.isFile() && (/\.(zip|kpp)$/i.test(packagePath) || (await hasZipMagic(packagePath)))) {
    return openZipSource(packagePath);
  }
  throw new ProblemPackageError("A problem package must be a directory or a .zip file");
}

async function hasZipMagic(file: string): Promise<boolean> {
  const handle = await open(file, "r").catch(() => undefined);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && ZIP_MAGIC.some((magic) => magic.equals(head));
  } finally {
    await handle.close();
  }
}
