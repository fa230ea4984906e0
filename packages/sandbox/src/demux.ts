import type { Readable, Writable } from "node:stream";

/**
 * Splits Docker's multiplexed attach stream (non-TTY): frames of an 8-byte header,
 * [stream id, 0, 0, 0, uint32 big-endian length], then the payload. Stream 1 is
 * stdout, 2 stderr.
 */
export function demuxDockerStream(source: Readable | NodeJS.ReadableStream, stdout: Writable, stderr: Writable): void {
  let pending: Buffer = Buffer.alloc(0);
  source.on("data", (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (pending.length >= 8) {
      const length = pending.readUInt32BE(4);
      if (pending.length < 8 + length) break;
      const payload = pending.subarray(8, 8 + length);
      (pending[0] === 2 ? stderr : stdout).write(payload);
      pending = pending.subarray(8 + length);
    }
  });
  source.on("end", () => {
    stdout.end();
    stderr.end();
  });
  source.on("error", (error: Error) => stdout.destroy(error));
}
