import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { deflateRawSync } from "node:zlib";
import type { PrismaClient } from "@arbiter/db/client";
import yazl from "yazl";
import { AppError } from "../../errors";
import { MAX_ZIP_COMPRESSION_RATIO, ZIP_RATIO_CHECK_MIN_BYTES } from "../package/packageLimits";
import type { ExportProblemResult } from "./exportProblemToDir";
import { renderProblemPackage } from "./renderProblemPackage";

/** A fixed timestamp makes exports of the same problem byte-identical. */
const MTIME = new Date(Date.UTC(2000, 0, 1));

/**
 * Writes a problem as a zip of a Kattis-format package, with every file inside a
 * top-level directory named after the slug (as Kattis's tools expect). The zip
 * is written to a temporary name and renamed when complete; an existing file is
 * never replaced. Throws `AppError("not_found")` for an unknown slug,
 * `AppError("bad_request")` if the file exists.
 */
export async function exportProblemToZip(db: PrismaClient, slug: string, file: string): Promise<ExportProblemResult> {
  const files = await renderProblemPackage(db, slug);
  if (
    await stat(file).then(
      () => true,
      () => false,
    )
  ) {
    throw new AppError("bad_request", `${file} already exists: remove it or choose another name`);
  }
  const zip = new yazl.ZipFile();
  for (const f of files) {
    zip.addBuffer(Buffer.from(f.bytes), `${slug}/${f.rel}`, {
      mtime: MTIME,
      mode: 0o100644,
      compress: !looksLikeBomb(f.bytes),
    });
  }
  zip.end();
  const temp = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await pipeline(zip.outputStream, createWriteStream(temp, { flags: "wx" }));
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { slug, files: files.length };
}

/**
 * Our importer refuses large entries compressed beyond its ratio limit (see
 * checkZipEntry), so such files are stored uncompressed to keep exports importable.
 */
function looksLikeBomb(bytes: Uint8Array): boolean {
  if (bytes.length < ZIP_RATIO_CHECK_MIN_BYTES) return false;
  return bytes.length > MAX_ZIP_COMPRESSION_RATIO * deflateRawSync(bytes).length;
}
