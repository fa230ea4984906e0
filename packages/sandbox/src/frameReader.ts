import type { Readable } from "node:stream";
import { SandboxError } from "./errors";

/**
 * Pulls lines and exact byte counts out of the supervisor's stdout stream. One reader
 * per stream; callers await one frame at a time (the protocol is strictly request/reply).
 */
export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private ended: Error | null = null;
  private wake: (() => void) | null = null;

  constructor(stream: Readable) {
    stream.on("data", (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
      this.notify();
    });
    stream.on("end", () => this.fail(new SandboxError("the sandbox supervisor closed its output")));
    stream.on("error", (error: Error) => this.fail(new SandboxError(`sandbox stream failed: ${error.message}`)));
  }

  fail(error: Error): void {
    this.ended ??= error;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private async waitForData(): Promise<void> {
    if (this.ended) throw this.ended;
    await new Promise<void>((resolve) => (this.wake = resolve));
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return out;
  }

  async readLine(maxLength = 4096): Promise<string> {
    for (;;) {
      const joined = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
      this.chunks = joined.length > 0 ? [joined] : [];
      const newline = joined.indexOf(0x0a);
      if (newline >= 0) {
        const line = this.take(newline + 1);
        return line.subarray(0, newline).toString("utf8");
      }
      if (joined.length > maxLength) throw new SandboxError("supervisor reply line too long");
      await this.waitForData();
    }
  }

  async readBytes(n: number): Promise<Buffer> {
    while (this.buffered < n) await this.waitForData();
    return Buffer.from(this.take(n));
  }
}
