import { MAX_ZIP_COMPRESSION_RATIO, MAX_ZIP_ENTRY_BYTES, ZIP_RATIO_CHECK_MIN_BYTES } from "../packageLimits";
import { formatBytes } from "../formatBytes";
import { ProblemPackageError, shown } from "../ProblemPackageError";

/** What the zip's central directory says about one entry: only what the checks need. */
export interface ZipEntryHeader {
  /** The name exactly as stored (no Unicode-path extra field: one name, one meaning). */
  fileNameRaw: Uint8Array;
  generalPurposeBitFlag: number;
  externalFileAttributes: number;
  compressionMethod: number;
  compressedSize: number;
  uncompressedSize: number;
}

export interface CheckedZipEntry {
  /** "/"-separated path without a trailing slash. */
  rel: string;
  kind: "file" | "dir";
  size: number;
}

const UTF8_FLAG = 0x800;
const ENCRYPTED_FLAG = 0x1;
const STORED = 0;
const DEFLATED = 8;
// Unix file type bits, kept by zip tools in the upper 16 bits of the external attributes.
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

/**
 * Checks one zip entry before any of its data is inflated: a safe relative name
 * (no zip-slip), a plain file or directory (no symlink), a supported compression
 * method, and sizes that cannot be a bomb. Throws `ProblemPackageError`.
 */
export function checkZipEntry(header: ZipEntryHeader): CheckedZipEntry {
  const name = decodeEntryName(header);
  const isDirName = name.endsWith("/");
  const rel = checkEntryPath(isDirName ? name.slice(0, -1) : name, name);

  const type = (header.externalFileAttributes >>> 16) & S_IFMT;
  if (type === S_IFLNK)
    throw new ProblemPackageError(`${shown(name)} is a symbolic link; packages must not contain links`);
  if (type !== 0 && type !== S_IFREG && type !== S_IFDIR) {
    throw new ProblemPackageError(`${shown(name)} is not a regular file or directory`);
  }
  const kind = isDirName || type === S_IFDIR ? "dir" : "file";
  if (kind === "dir") return { rel, kind, size: 0 };

  if (header.generalPurposeBitFlag & ENCRYPTED_FLAG) throw new ProblemPackageError(`${shown(rel)} is encrypted`);
  if (header.compressionMethod !== STORED && header.compressionMethod !== DEFLATED) {
    throw new ProblemPackageError(
      `${shown(rel)} uses compression method ${header.compressionMethod}; only stored and deflated entries are supported`,
    );
  }
  const size = header.uncompressedSize;
  if (size > MAX_ZIP_ENTRY_BYTES) {
    throw new ProblemPackageError(`${shown(rel)} is larger than ${formatBytes(MAX_ZIP_ENTRY_BYTES)} uncompressed`);
  }
  if (size >= ZIP_RATIO_CHECK_MIN_BYTES && size > MAX_ZIP_COMPRESSION_RATIO * Math.max(header.compressedSize, 1)) {
    throw new ProblemPackageError(
      `${shown(rel)} is compressed more than ${MAX_ZIP_COMPRESSION_RATIO}:1, which looks like a zip bomb; ` +
        `store highly repetitive files uncompressed (zip -n .in:.ans)`,
    );
  }
  return { rel, kind, size };
}

/** Names are UTF-8 (flagged, or plain ASCII); legacy code-page names are refused rather than guessed. */
function decodeEntryName(header: ZipEntryHeader): string {
  const raw = header.fileNameRaw;
  const ascii = raw.every((byte) => byte < 0x80);
  if (!ascii && !(header.generalPurposeBitFlag & UTF8_FLAG)) {
    throw new ProblemPackageError("The zip has an entry whose name is not UTF-8; re-create it with a current zip tool");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    throw new ProblemPackageError("The zip has an entry whose name is not valid UTF-8");
  }
}

/**
 * A relative path that stays inside the package wherever it is unpacked: no
 * absolute paths, drive letters, backslashes (a separator on Windows), "." or ".."
 * segments, empty segments or control characters.
 */
function checkEntryPath(path: string, name: string): string {
  const unsafe = (why: string) => new ProblemPackageError(`The zip entry "${shown(name.slice(0, 200))}" ${why}`);
  if (path === "") throw unsafe("has an empty name");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) throw unsafe("has control characters in its name");
  if (path.includes("\\")) throw unsafe("contains a backslash; use / to separate directories");
  if (path.startsWith("/")) throw unsafe("is an absolute path");
  if (/^[a-zA-Z]:/.test(path)) throw unsafe("starts with a drive letter");
  for (const segment of path.split("/")) {
    if (segment === "..") throw unsafe('points outside the package ("..")');
    if (segment === "." || segment === "") throw unsafe('has an empty or "." path segment');
  }
  return path;
}
