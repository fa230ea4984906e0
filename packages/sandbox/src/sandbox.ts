import { PassThrough } from "node:stream";
import type Docker from "dockerode";
import { demuxDockerStream } from "./demux";
import { buildContainerSpec, type ContainerSpecOptions } from "./containerSpec";
import { SandboxError, SandboxFileRefusedError, type FileRefusal } from "./errors";
import { FrameReader } from "./frameReader";
import {
  encodeFile,
  encodeGet,
  encodeInteract,
  encodePromote,
  encodeRun,
  parseInteractLine,
  parseResultLine,
  type FileTarget,
  type InteractRequest,
  type InteractResult,
  type RunRequest,
  type RunResult,
} from "./protocol";

/** Time the supervisor gets to start and greet us, in ms. */
const READY_TIMEOUT_MS = 15_000;
/** Slack on top of a step's own wall limit before the host gives up on the supervisor, in ms. */
const REPLY_GRACE_MS = 10_000;

export type SandboxOptions = ContainerSpecOptions;

/**
 * One container serving one run: files go in, steps run one at a time, the container
 * is removed by close() on every path. Not safe for concurrent calls.
 */
export class Sandbox {
  private ended = false;

  private constructor(
    private readonly container: Docker.Container,
    private readonly input: NodeJS.WritableStream,
    private readonly reader: FrameReader,
    private readonly diagnostics: { text: string },
    readonly imageDigest: string,
  ) {}

  static async open(docker: Docker, options: SandboxOptions): Promise<Sandbox> {
    const imageDigest = await inspectImageDigest(docker, options.image);
    let container: Docker.Container;
    try {
      container = await docker.createContainer(buildContainerSpec(options));
    } catch (error) {
      throw new SandboxError(`cannot create sandbox container: ${describe(error)}`);
    }
    try {
      const stream = await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true });
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      const diagnostics = { text: "" };
      stderr.on(
        "data",
        (chunk: Buffer) => (diagnostics.text = (diagnostics.text + chunk.toString("utf8")).slice(-4096)),
      );
      demuxDockerStream(stream, stdout, stderr);
      const sandbox = new Sandbox(container, stream, new FrameReader(stdout), diagnostics, imageDigest);
      // The attach stream ends when the container dies (killed, OOM, daemon restart).
      const markEnded = () => (sandbox.ended = true);
      stream.on("end", markEnded);
      stream.on("close", markEnded);
      stream.on("error", markEnded);
      await container.start();
      const ready = await sandbox.withTimeout(sandbox.reader.readLine(), READY_TIMEOUT_MS, "start");
      if (!ready.startsWith("READY ")) throw new SandboxError(`sandbox did not start: ${ready.slice(0, 200)}`);
      return sandbox;
    } catch (error) {
      await container.remove({ force: true }).catch(() => undefined);
      throw error instanceof SandboxError ? error : new SandboxError(`cannot start sandbox: ${describe(error)}`);
    }
  }

  /**
   * Writes a file into the work dir, owned by the runner, or with target "judge" into
   * the interactor's private dir (/box/jbin), which the submission cannot read.
   */
  async writeFile(name: string, data: Buffer | string, mode = 0o644, target: FileTarget = "work"): Promise<void> {
    this.input.write(encodeFile(name, Buffer.from(data), mode, target));
    await this.expectOk("FILE");
  }

  /** Runs the submission against an interactor (see InteractRequest). */
  async interact(request: InteractRequest): Promise<InteractResult> {
    this.input.write(encodeInteract(request));
    const line = await this.withTimeout(this.reader.readLine(), request.wallLimitMs + REPLY_GRACE_MS, "interact");
    const { lengths, ...header } = parseInteractLine(line);
    const stderr = await this.reader.readBytes(lengths[0]);
    const judgeStderr = await this.reader.readBytes(lengths[1]);
    const judgeMessage = await this.reader.readBytes(lengths[2]);
    return { ...header, stderr, judgeStderr, judgeMessage };
  }

  /** Runs one step as the runner and returns what the supervisor measured. */
  async run(request: RunRequest): Promise<RunResult> {
    this.input.write(encodeRun(request));
    const line = await this.withTimeout(this.reader.readLine(), request.wallLimitMs + REPLY_GRACE_MS, "run");
    const header = parseResultLine(line);
    const stdout = await this.reader.readBytes(header.stdoutLength);
    const stderr = await this.reader.readBytes(header.stderrLength);
    const { stdoutLength: _o, stderrLength: _e, ...rest } = header;
    return { ...rest, stdout, stderr };
  }

  /** Copies build products matching `patterns` to the read-only program dir; empties the work dir. */
  async promote(patterns: readonly string[]): Promise<number> {
    this.input.write(encodePromote(patterns));
    const reply = await this.expectOk("PROMOTE");
    return Number(reply.split(" ")[1] ?? 0);
  }

  /**
   * Reads a regular file from the work dir without following symlinks, at most `maxBytes`.
   * Throws SandboxFileRefusedError when the file is missing, not a regular file (say, a
   * planted symlink) or too large; SandboxError only when the box itself failed.
   */
  async readFile(name: string, maxBytes: number): Promise<Buffer> {
    this.input.write(encodeGet(name, maxBytes));
    const line = await this.withTimeout(this.reader.readLine(), REPLY_GRACE_MS, "GET");
    const refused = /^REFUSED (missing|not-regular|too-large) (.*)$/.exec(line);
    if (refused) throw new SandboxFileRefusedError(refused[1] as FileRefusal, refused[2] ?? "");
    if (!line.startsWith("DATA ")) throw new SandboxError(`cannot read ${name}: ${line.slice(4, 200)}`);
    return this.reader.readBytes(Number(line.slice(5)));
  }

  /** Changes the container's memory (and memory+swap) limit, e.g. from compile to run limits. */
  async setMemoryLimit(bytes: number): Promise<void> {
    try {
      await this.container.update({ Memory: bytes, MemorySwap: bytes });
    } catch (error) {
      throw new SandboxError(`cannot change the sandbox memory limit: ${describe(error)}`);
    }
  }

  get id(): string {
    return this.container.id;
  }

  /** False once the container is gone or closed: such a sandbox must never be handed out. */
  get alive(): boolean {
    return !this.ended;
  }

  /** Removes the container and everything in it. Safe to call more than once. */
  async close(): Promise<void> {
    this.ended = true;
    this.reader.fail(new SandboxError("sandbox closed"));
    await this.container.remove({ force: true }).catch((error: unknown) => {
      if (!/no such container|is already in progress/i.test(describe(error))) throw error;
    });
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  private async expectOk(what: string): Promise<string> {
    const line = await this.withTimeout(this.reader.readLine(), REPLY_GRACE_MS, what);
    if (!line.startsWith("OK")) throw new SandboxError(`${what} failed: ${line.slice(0, 200)}`);
    return line;
  }

  private async withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const detail = this.diagnostics.text.trim();
        reject(new SandboxError(`sandbox did not answer ${what} within ${ms} ms${detail ? `: ${detail}` : ""}`));
      }, ms);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

const digestCache = new Map<string, string>();

async function inspectImageDigest(docker: Docker, image: string): Promise<string> {
  const cached = digestCache.get(image);
  if (cached) return cached;
  try {
    const info = await docker.getImage(image).inspect();
    digestCache.set(image, info.Id);
    return info.Id;
  } catch (error) {
    throw new SandboxError(`sandbox image ${image} is missing (run npm run up): ${describe(error)}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
