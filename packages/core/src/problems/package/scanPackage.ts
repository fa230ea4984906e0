import { lstat, readdir, realpath } from "node:fs/promises";
import path from "node:path";
import { MAX_PACKAGE_ENTRIES, MAX_TEST_FILE_BYTES } from "./packageLimits";
import { ProblemPackageError, shown } from "./ProblemPackageError";

export interface PackageEntry {
  /** Path relative to the package root, "/"-separated. */
  rel: string;
  kind: "file" | "dir";
  size: number;
  /** Identity at scan time: a file opened later must still be this one. */
  dev: number;
  ino: number;
}

export interface ScannedPackage {
  /** Real path of the package root. Never put it in a message. */
  root: string;
  entries: ReadonlyMap<string, PackageEntry>;
}

/**
 * Walks a whole package without following links and checks its shape: only
 * regular files and directories, no symlink anywhere (even unused ones: a link is
 * either a mistake or an attempt to read host files), nothing resolving outside the
 * root, no test file over the size limit.
 */
export async function scanPackage(dir: string): Promise<ScannedPackage> {
  // The root itself is chosen by the operator, so a link there (e.g. /srv/problems
  // pointing elsewhere) is resolved once; everything below it is untrusted.
  const root = await realpath(dir).catch((error: unknown) => {
    const code = errorCode(error);
    throw new ProblemPackageError(
      code === "ENOENT" ? "Problem package directory not found" : `Cannot open the problem package (${code})`,
    );
  });
  if (!(await lstat(root)).isDirectory()) throw new ProblemPackageError("A problem package must be a directory");

  const entries = new Map<string, PackageEntry>();
  const pending = [""];
  for (let dirRel = pending.pop(); dirRel !== undefined; dirRel = pending.pop()) {
    const names = await fsStep(dirRel || ".", () => readdir(path.join(root, dirRel)));
    for (const name of names.sort()) {
      const rel = dirRel ? `${dirRel}/${name}` : name;
      if (entries.size >= MAX_PACKAGE_ENTRIES) {
        throw new ProblemPackageError(`The package has more than ${MAX_PACKAGE_ENTRIES} files and directories`);
      }
      const entry = await inspect(root, rel);
      entries.set(rel, entry);
      if (entry.kind === "dir") pending.push(rel);
    }
  }
  return { root, entries };
}

async function inspect(root: string, rel: string): Promise<PackageEntry> {
  const abs = path.join(root, rel);
  const stat = await fsStep(rel, () => lstat(abs));
  if (stat.isSymbolicLink())
    throw new ProblemPackageError(`${shown(rel)} is a symbolic link; packages must not contain links`);
  if (!stat.isFile() && !stat.isDirectory()) {
    throw new ProblemPackageError(`${shown(rel)} is not a regular file or directory`);
  }
  // Redundant while no link exists, but it keeps the guarantee if the tree changes
  // under us between readdir and lstat.
  const real = await fsStep(rel, () => realpath(abs));
  if (real !== abs || !real.startsWith(root + path.sep)) {
    throw new ProblemPackageError(`${shown(rel)} resolves outside the package`);
  }
  if (stat.isFile() && rel.startsWith("data/") && stat.size > MAX_TEST_FILE_BYTES) {
    throw new ProblemPackageError(`${shown(rel)} is larger than ${MAX_TEST_FILE_BYTES / 1024 / 1024} MiB`);
  }
  return { rel, kind: stat.isDirectory() ? "dir" : "file", size: stat.size, dev: stat.dev, ino: stat.ino };
}

/** Runs one file-system call; its errors carry host paths, so they are replaced. */
export async function fsStep<T>(rel: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new ProblemPackageError(`Cannot read ${shown(rel)} (${errorCode(error)})`);
  }
}

function errorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return typeof code === "string" ? code : "unreadable";
}
