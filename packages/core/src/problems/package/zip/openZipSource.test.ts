import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProblemPackageError } from "../ProblemPackageError";
import { readProblemPackage } from "../readProblemPackage";
import { openZipSource } from "./openZipSource";
import { rawZip, type RawZipEntry } from "./testing/rawZip";

const MIB = 1024 * 1024;
const VALID: RawZipEntry[] = [
  { name: "problem.yaml", data: "name: Sum\n" },
  { name: "data/secret/1.in", data: "1 2\n" },
  { name: "data/secret/1.ans", data: "3\n" },
];

let base: string;
let counter = 0;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), "arbiter-zip-"));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function zipFile(entries: readonly RawZipEntry[], name = `p${++counter}.zip`): Promise<string> {
  const file = path.join(base, name);
  await writeFile(file, rawZip(entries));
  return file;
}

/** The rejection message of opening and reading the zip as a package, checked to be a ProblemPackageError. */
async function failure(entries: readonly RawZipEntry[]): Promise<string> {
  const file = await zipFile(entries);
  const error: unknown = await readProblemPackage(file).then(
    () => new Error("expected the zip to be rejected"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemPackageError);
  expect((error as Error).message).not.toContain(base);
  return (error as Error).message;
}

describe("zip packages", () => {
  it("reads a zip with the package at the top", async () => {
    const problem = await readProblemPackage(await zipFile(VALID));
    expect(problem.title).toBe("Sum");
    expect(problem.tests.map((t) => [t.name, Buffer.from(t.answer).toString()])).toEqual([["secret/1", "3\n"]]);
  });

  it("reads a zip holding one directory with the package (zip -r name.zip name/), ignoring __MACOSX", async () => {
    const entries = [
      { name: "sum/" },
      ...VALID.map((e) => ({ ...e, name: `sum/${String(e.name)}` })),
      { name: "__MACOSX/sum/._problem.yaml", data: "junk" },
    ];
    const source = await openZipSource(await zipFile(entries));
    try {
      expect([...source.entries.keys()].sort()).toEqual([
        "data",
        "data/secret",
        "data/secret/1.ans",
        "data/secret/1.in",
        "problem.yaml",
      ]);
      expect(Buffer.from(await source.read("data/secret/1.in", 100)).toString()).toBe("1 2\n");
      await expect(source.read("data/secret/1.in", 2)).rejects.toThrow("data/secret/1.in is larger than");
      await expect(source.read("nope", 100)).rejects.toThrow("nope is missing");
    } finally {
      await source.close();
    }
  });

  it("is recognized by its magic bytes without a .zip extension", async () => {
    const problem = await readProblemPackage(await zipFile(VALID, "package.bin"));
    expect(problem.tests).toHaveLength(1);
  });

  it("rejects a file that is not a zip", async () => {
    const file = path.join(base, "broken.zip");
    await writeFile(file, "PK\u0003\u0004 not really");
    await expect(readProblemPackage(file)).rejects.toThrow(/not a readable zip file/);
    await writeFile(path.join(base, "notes.txt"), "hello");
    await expect(readProblemPackage(path.join(base, "notes.txt"))).rejects.toThrow(/directory or a \.zip file/);
  });

  it.each([
    ["../evil.txt", /points outside the package/],
    ["data/../../evil.txt", /points outside the package/],
    ["/etc/passwd", /absolute path/],
    ["C:/windows/evil.txt", /drive letter/],
    ["C:evil.txt", /drive letter/],
    ["data\\..\\..\\evil.txt", /backslash/],
    ["data//secret/2.in", /empty or "\." path segment/],
    ["./problem.yaml", /empty or "\." path segment/],
    ["data/secret/\nfake.in", /control characters/],
  ])("rejects the zip-slip name %j", async (name, message) => {
    expect(await failure([...VALID, { name, data: "x" }])).toMatch(message);
  });

  it("rejects names that are not UTF-8", async () => {
    expect(await failure([...VALID, { name: new Uint8Array([0x61, 0xe9, 0x2e, 0x69, 0x6e]), data: "x" }])).toMatch(
      /not UTF-8/,
    );
  });

  it("rejects symlink entries, whatever they point to", async () => {
    expect(await failure([...VALID, { name: "data/secret/2.in", data: "/etc/passwd", unixMode: 0o120777 }])).toBe(
      "data/secret/2.in is a symbolic link; packages must not contain links",
    );
    expect(await failure([...VALID, { name: "link", data: "data", unixMode: 0o120755 }])).toMatch(/symbolic link/);
    expect(await failure([...VALID, { name: "fifo", unixMode: 0o010644 }])).toMatch(/not a regular file/);
  });

  it("rejects an entry compressed more than 200:1", async () => {
    const zeros = new Uint8Array(2 * MIB);
    expect(await failure([...VALID, { name: "data/secret/2.in", data: zeros }])).toMatch(
      /compressed more than 200:1.*zip bomb/,
    );
    // Small repetitive files are fine, and so is the same large file stored uncompressed.
    const ok = [
      ...VALID,
      { name: "data/secret/2.in", data: "0\n".repeat(50_000) },
      { name: "data/secret/2.ans", data: zeros, method: 0 as const },
    ];
    expect((await readProblemPackage(await zipFile(ok))).tests).toHaveLength(2);
  });

  it("rejects entries declaring more than 64 MiB before inflating anything", async () => {
    expect(await failure([...VALID, { name: "data/secret/2.in", data: "tiny", declaredSize: 64 * MIB + 1 }])).toBe(
      "data/secret/2.in is larger than 64 MiB uncompressed",
    );
  });

  it("rejects a zip unpacking to more than 512 MiB in total", async () => {
    // Each entry is under the per-entry limit and its ratio is plausible: only the total is too large.
    const chunk = randomBytes(MIB); // incompressible: about 60:1 against the declared size
    const entries = Array.from({ length: 9 }, (_, i) => ({
      name: `data/secret/big${i}.in`,
      data: chunk,
      declaredSize: 60 * MIB,
    }));
    expect(await failure([...VALID, ...entries])).toBe("The zip unpacks to more than 512 MiB");
  });

  it("rejects an entry that inflates to more than it declares", async () => {
    const message = await failure([
      ...VALID,
      { name: "data/secret/2.in", data: "x".repeat(5000), declaredSize: 10 },
      {
        name: "data/secret/2.ans",
        data: "1",
      },
    ]);
    expect(message).toMatch(/^data\/secret\/2\.in (cannot be unpacked|is larger than the zip says)/);
  });

  it("rejects more than 20000 entries without reading them", async () => {
    const entries = Array.from({ length: 20_001 }, (_, i) => ({ name: `attachments/${i}.txt`, method: 0 as const }));
    expect(await failure([...VALID, ...entries])).toBe("The zip has more than 20000 entries");
  });

  it("rejects the same path twice, or as both a file and a directory", async () => {
    expect(await failure([...VALID, { name: "data/secret/1.in", data: "9 9\n" }])).toBe(
      "data/secret/1.in appears more than once in the zip",
    );
    expect(await failure([...VALID, { name: "data/secret/1.in/" }])).toMatch(/appears more than once/);
  });
});
