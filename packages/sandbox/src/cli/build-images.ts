/**
 * Builds the sandbox images without any registry: a Debian base made with debootstrap
 * and `docker import`, then one image per language family from infra/sandbox/images.
 * Idempotent: images are tagged by a hash of their definition and skipped when present.
 *
 *   npm run -w @arbiter/sandbox build-images [-- family ...]
 */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { mkdtempSync, rmSync, copyFileSync, readFileSync, appendFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  BASE_DEFINITION,
  supervisorFiles,
  allImageFamilies,
  baseImageRef,
  imageDockerfile,
  sandboxImageRef,
} from "../images";

const LOG_DIR = path.resolve(import.meta.dirname, "../../../../.data/logs");
const LOG_FILE = path.join(LOG_DIR, "sandbox-images.log");

function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, ...options });
  appendFileSync(
    LOG_FILE,
    `$ ${command} ${args.join(" ")}\n${String(result.stdout ?? "")}${String(result.stderr ?? "")}\n`,
  );
  if (result.status !== 0) {
    const tail = `${String(result.stdout ?? "")}${String(result.stderr ?? "")}`.split("\n").slice(-25).join("\n");
    throw new Error(`${command} ${args.slice(0, 3).join(" ")} failed (exit ${result.status ?? "signal"}):\n${tail}`);
  }
}

function imageExists(ref: string): boolean {
  return spawnSync("docker", ["image", "inspect", ref], { stdio: "ignore" }).status === 0;
}

function readBaseDefinition(): Record<string, string> {
  const entries = readFileSync(BASE_DEFINITION, "utf8")
    .split("\n")
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => line.split("=", 2) as [string, string]);
  return Object.fromEntries(entries);
}

function buildBase(ref: string): void {
  const def = readBaseDefinition();
  const rootfs = mkdtempSync(path.join(os.tmpdir(), "arbiter-rootfs-"));
  try {
    console.log(`==> sandbox: debootstrap ${def.SUITE} (${def.VARIANT}) for ${ref} (about a minute)`);
    run("debootstrap", [`--variant=${def.VARIANT ?? "minbase"}`, def.SUITE ?? "bookworm", rootfs, def.MIRROR ?? ""]);
    run("bash", ["-c", `tar -C "${rootfs}" -c . | docker import - "${ref}"`]);
  } finally {
    rmSync(rootfs, { recursive: true, force: true });
  }
}

function buildFamily(family: string, base: string, context: string): void {
  const ref = sandboxImageRef(family);
  if (imageExists(ref)) {
    console.log(`==> sandbox: ${ref} is up to date`);
    return;
  }
  console.log(`==> sandbox: building ${ref}`);
  const started = Date.now();
  copyFileSync(imageDockerfile(family), path.join(context, "Dockerfile"));
  run("docker", ["build", "--build-arg", `BASE=${base}`, "-t", ref, context]);
  console.log(`    built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * A superseded tag younger than this stays: another checkout on the same Docker daemon (a
 * second worktree, a CI rehearsal) may be using definitions of its own right now.
 */
const SUPERSEDED_GRACE_MS = 24 * 60 * 60 * 1000;

function builtRecently(ref: string): boolean {
  const inspected = spawnSync("docker", ["image", "inspect", "--format", "{{.Created}}", ref], { encoding: "utf8" });
  const created = Date.parse(String(inspected.stdout ?? "").trim());
  return Number.isFinite(created) && Date.now() - created < SUPERSEDED_GRACE_MS;
}

/** Removes tags of our images that the current definitions no longer produce (in-use and recent ones stay). */
function pruneSupersededImages(): void {
  const current = new Set([baseImageRef(), ...allImageFamilies().map((f) => sandboxImageRef(f))]);
  const listed = spawnSync(
    "docker",
    ["images", "--format", "{{.Repository}}:{{.Tag}}", "--filter", "reference=arbiter-sandbox-*"],
    {
      encoding: "utf8",
    },
  );
  const stale = String(listed.stdout ?? "")
    .split("\n")
    .filter((ref) => ref.startsWith("arbiter-sandbox-") && !current.has(ref) && !builtRecently(ref));
  for (const ref of stale) spawnSync("docker", ["rmi", ref], { stdio: "ignore" });
  if (stale.length > 0) console.log(`==> sandbox: removed ${stale.length} superseded image tag(s)`);
}

function main(): void {
  mkdirSync(LOG_DIR, { recursive: true });
  const requested = process.argv.slice(2);
  const families = requested.length > 0 ? requested : allImageFamilies();
  const unknown = families.filter((f) => !allImageFamilies().includes(f));
  if (unknown.length > 0) throw new Error(`unknown image families: ${unknown.join(", ")}`);
  if (families.every((f) => imageExists(sandboxImageRef(f)))) {
    console.log(`==> sandbox: all ${families.length} images are up to date`);
    pruneSupersededImages();
    return;
  }
  const base = baseImageRef();
  if (!imageExists(base)) buildBase(base);
  const context = mkdtempSync(path.join(os.tmpdir(), "arbiter-image-"));
  try {
    // The supervisor is static, so the host's gcc builds it for every image alike.
    run("gcc", [
      "-O2",
      "-Wall",
      "-Wextra",
      "-Werror",
      "-static",
      "-o",
      path.join(context, "arbiter-supervisor"),
      ...supervisorFiles().filter((f) => f.endsWith(".c")),
    ]);
    for (const family of families) buildFamily(family, base, context);
    pruneSupersededImages();
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`sandbox image build failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`full log: ${LOG_FILE}`);
  process.exit(1);
}
