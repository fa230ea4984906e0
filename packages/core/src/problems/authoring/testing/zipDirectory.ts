import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import yazl from "yazl";

/** Zips a package folder in memory, as an author's zip tool would (for upload tests). */
export async function zipDirectory(dir: string): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    zip.addBuffer(await readFile(full), path.relative(dir, full).split(path.sep).join("/"));
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
