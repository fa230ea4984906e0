import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@arbiter/db/client";
import { AppError } from "../../errors";
import { renderProblemPackage } from "./renderProblemPackage";

export interface ExportProblemResult {
  slug: string;
  /** Number of files written. */
  files: number;
}

/**
 * Writes a problem as a Kattis-format package directory (see
 * `renderProblemPackage`). The directory must not exist or be empty: mixing an
 * export into an old package would leave stale tests behind. Throws
 * `AppError("not_found")` for an unknown slug, `AppError("bad_request")` for a
 * non-empty target.
 */
export async function exportProblemToDir(db: PrismaClient, slug: string, dir: string): Promise<ExportProblemResult> {
  const files = await renderProblemPackage(db, slug);
  const existing = await readdir(dir).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === "ENOENT") return [];
    throw error;
  });
  if (existing.length > 0) throw new AppError("bad_request", `${dir} is not empty: export into a new directory`);
  for (const file of files) {
    const target = path.join(dir, ...file.rel.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    // "wx": never overwrite, even if something appears in the directory meanwhile.
    await writeFile(target, file.bytes, { flag: "wx" });
  }
  return { slug, files: files.length };
}
