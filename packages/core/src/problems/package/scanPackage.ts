import { lstat, readdir, realpath } from "node:fs/promises";
import path from "node:path";
import { MAX_PACKAGE_ENTRIES, MAX_TEST_FILE_BYTES } from "./packageLimits";
import { ProblemPackageError, shown } from "./ProblemPackageError";

export interface PackageEntry {
  /** Path relative to the package root, "/"-separated. */
  rel: string;
  /** Where it really is, relative to the root: `rel` itself, or a link's target inside the package. */
  realRel: string;
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
 * Walks a whole package and checks its shape: only regular files and directories, no
 * test file over the size limit. A symbolic link is followed when its target lies inside
 * the package (problemtools' packages reuse test data that way: oddecho links a
 * subtask's files into another); a link leaving the package, dangling, or looping back
 * into its own directory is refused. Each entry keeps the link's path as its name and
 * the target's real path for reading.
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
  const pending = [{ rel: "", realRel: "" }];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    const { rel: dirRel, realRel: dirReal } = dir;
    const names = await fsStep(dirRel || ".", () => readdir(path.join(root, dirReal)));
    for (const name of names.sort()) {
      const rel = dirRel ? `${dirRel}/${name}` : name;
      if (entries.size >= MAX_PACKAGE_ENTRIES) {
        throw new ProblemPackageError(`The package has more than ${MAX_PACKAGE_ENTRIES} files and directories`);
      }
      const entry = await inspect(root, rel, dirReal ? `${dirReal}/${name}` : name, dirReal);
      entries.set(rel, entry);
      if (entry.kind === "dir") pending.push({ rel, realRel: entry.realRel });
    }
  }
  return { root, entries };
}

async function inspect(root: string, rel: string, at: string, parentReal: string): Promise<PackageEntry> {
  const abs = path.join(root, at);
  const linkStat = await fsStep(rel, () => lstat(abs));
  const real = await realpath(abs).catch(() => {
    throw new ProblemPackageError(`${shown(rel)} is a link to nothing; point it at a file inside the package`);
  });
  if (real !== root && !real.startsWith(root + path.sep)) {
    throw new ProblemPackageError(
      `${shown(rel)} is a link leading outside the package; copy the file into the package instead`,
    );
  }
  const realRel = path.relative(root, real).split(path.sep).join("/");
  if (!linkStat.isSymbolicLink() && realRel !== at) {
    // A directory swapped for a link while we walked: never read through it.
    throw new ProblemPackageError(`${shown(rel)} resolves outside the package`);
  }
  const stat = linkStat.isSymbolicLink() ? await fsStep(rel, () => lstat(real)) : linkStat;
  if (!stat.isFile() && !stat.isDirectory()) {
    throw new ProblemPackageError(`${shown(rel)} is not a regular file or directory`);
  }
  const containsParent = realRel === "" || parentReal === realRel || parentReal.startsWith(`${realRel}/`);
  if (stat.isDirectory() && containsParent) {
    throw new ProblemPackageError(`${shown(rel)} is a link to a directory that contains it; remove the loop`);
  }
  if (stat.isFile() && rel.startsWith("data/") && stat.size > MAX_TEST_FILE_BYTES) {
    throw new ProblemPackageError(`${shown(rel)} is larger than ${MAX_TEST_FILE_BYTES / 1024 / 1024} MiB`);
  }
  const kind = stat.isDirectory() ? "dir" : "file";
  return { rel, realRel, kind, size: kind === "dir" ? 0 : stat.size, dev: stat.dev, ino: stat.ino };
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
