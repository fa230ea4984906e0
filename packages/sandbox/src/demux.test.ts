import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { demuxDockerStream } from "./demux";

const frame = (stream: number, text: string): Buffer => {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
};

describe("demuxDockerStream", () => {
  it("routes frames split at arbitrary byte boundaries to the right stream", () => {
    const source = new PassThrough();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const stdout = new PassThrough().on("data", (c: Buffer) => out.push(c));
    const stderr = new PassThrough().on("data", (c: Buffer) => err.push(c));
    demuxDockerStream(source, stdout, stderr);
    const bytes = Buffer.concat([frame(1, "hello "), frame(2, "oops"), frame(1, "world")]);
    for (let i = 0; i < bytes.length; i += 3) source.write(bytes.subarray(i, i + 3));
    expect(Buffer.concat(out).toString()).toBe("hello world");
    expect(Buffer.concat(err).toString()).toBe("oops");
  });
});
