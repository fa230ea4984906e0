import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppError } from "../../errors";
import { formatBytes } from "../package/formatBytes";
import { MAX_PACKAGE_UPLOAD_BYTES } from "../package/packageLimits";

/** An uploaded package saved to a private temporary file; `discard` removes it. */
export interface ReceivedUpload {
  zipPath: string;
  bytes: number;
  discard(): Promise<void>;
}

/**
 * Streams an uploaded zip to a file of its own (mode 0600 in a fresh temporary
 * directory), counting bytes as they arrive: more than `maxBytes` stops the upload with
 * a 413 whatever Content-Length claimed, so a large or endless body never fills memory
 * or disk. Nothing is unpacked here; `readProblemPackage` checks the zip's entries.
 */
export async function receivePackageUpload(
  body: AsyncIterable<Uint8Array> | null,
  declaredBytes: number | null,
  maxBytes: number = MAX_PACKAGE_UPLOAD_BYTES,
): Promise<ReceivedUpload> {
  const tooLarge = () =>
    new AppError(
      "payload_too_large",
      `The package is larger than ${formatBytes(maxBytes)}, the upload limit. ` +
        "Leave generated files out, or import it with the command-line tool (arbiter problem:import).",
      { reason: "package_too_large" },
    );
  if (declaredBytes !== null && declaredBytes > maxBytes) throw tooLarge();
  if (!body) throw emptyUpload();

  const dir = await mkdtemp(path.join(tmpdir(), "arbiter-upload-"));
  const discard = () => rm(dir, { recursive: true, force: true });
  const zipPath = path.join(dir, "package.zip");
  let bytes = 0;
  try {
    const file = createWriteStream(zipPath, { mode: 0o600 });
    const closed = new Promise<void>((resolve, reject) => {
      file.on("close", resolve);
      file.on("error", reject);
    });
    try {
      for await (const chunk of body) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes) throw tooLarge();
        if (!file.write(chunk)) await new Promise<void>((resolve) => file.once("drain", () => resolve()));
      }
    } finally {
      file.end();
      await closed;
    }
    if (bytes === 0) throw emptyUpload();
    return { zipPath, bytes, discard };
  } catch (error) {
    await discard();
    throw error;
  }
}

function emptyUpload(): AppError {
  return new AppError("bad_request", "The upload is empty: choose a problem package (.zip) to send.", {
    reason: "package_invalid",
  });
}
