import { crc32, deflateRawSync } from "node:zlib";

/** One entry of a hand-built zip. Everything a real zip tool would refuse to write can be set. */
export interface RawZipEntry {
  /** Stored byte for byte (a string is UTF-8 encoded, and flagged as such if not ASCII). */
  name: string | Uint8Array;
  data?: Uint8Array | string;
  /** 8 (deflate, the default) or 0 (stored). */
  method?: 0 | 8;
  /** Unix mode in the upper 16 bits of the external attributes, e.g. 0o120777 for a symlink. */
  unixMode?: number;
  /** Lie about the uncompressed size in the central directory. */
  declaredSize?: number;
}

/**
 * Builds a zip archive in memory, byte by byte, for tests: zip-slip names,
 * symlinks, lying sizes and bombs that no well-behaved zip library would create.
 */
export function rawZip(entries: readonly RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === "string" ? Buffer.from(entry.name, "utf8") : Buffer.from(entry.name);
    const utf8 = name.some((byte) => byte >= 0x80) && typeof entry.name === "string";
    const data = typeof entry.data === "string" ? Buffer.from(entry.data) : Buffer.from(entry.data ?? new Uint8Array());
    const method = entry.method ?? 8;
    const stored = method === 8 ? deflateRawSync(data) : data;
    const size = entry.declaredSize ?? data.length;
    const flags = utf8 ? 0x800 : 0;
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, stored);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((entry.unixMode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
