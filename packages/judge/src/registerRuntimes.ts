import type Docker from "dockerode";
import type { PrismaClient } from "@arbiter/db/client";
import { LANGUAGE_IDS, LANGUAGES, type LanguageId } from "@arbiter/shared";
import { RUNNER_ENV, Sandbox, imageForLanguage } from "@arbiter/sandbox";

export interface RuntimeReport {
  language: LanguageId;
  version?: string;
  error?: string;
}

/**
 * Asks each language's sandbox image for its toolchain version and records the
 * language as installed. Languages whose image is missing are reported, not recorded;
 * a version already recorded for the same image digest is not probed again.
 */
export async function registerRuntimes(db: PrismaClient, docker: Docker, workerId: string): Promise<RuntimeReport[]> {
  const reports: RuntimeReport[] = [];
  for (const language of LANGUAGE_IDS) {
    try {
      reports.push({ language, version: await registerRuntime(db, docker, workerId, language) });
    } catch (error) {
      reports.push({ language, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return reports;
}

async function registerRuntime(
  db: PrismaClient,
  docker: Docker,
  workerId: string,
  language: LanguageId,
): Promise<string> {
  const imageTag = imageForLanguage(language);
  const imageDigest = (await docker.getImage(imageTag).inspect()).Id;
  const known = await db.runtime.findUnique({ where: { language } });
  if (known?.imageDigest === imageDigest) return known.version;
  const version = await probeVersion(docker, workerId, language, imageTag);
  await db.runtime.upsert({
    where: { language },
    create: { language, version, imageTag, imageDigest },
    update: { version, imageTag, imageDigest },
  });
  return version;
}

async function probeVersion(docker: Docker, workerId: string, language: LanguageId, image: string): Promise<string> {
  const sandbox = await Sandbox.open(docker, {
    image,
    memoryBytes: 512 * 1024 * 1024,
    workerId,
    expiresAt: Date.now() + 60_000,
  });
  try {
    const result = await sandbox.run({
      argv: LANGUAGES[language].versionCommand,
      env: [...RUNNER_ENV],
      stdin: Buffer.alloc(0),
      reset: true,
      cpuLimitMs: 10_000,
      wallLimitMs: 20_000,
      memoryLimitBytes: 512 * 1024 * 1024,
      outputLimitBytes: 4096,
      stderrLimitBytes: 4096,
      fileSizeLimitBytes: 1024 * 1024,
      stackLimitBytes: 8 * 1024 * 1024,
    });
    const text = `${result.stdout.toString("utf8")}\n${result.stderr.toString("utf8")}`;
    const version = parseVersion(text);
    if (result.exitCode !== 0 || !version)
      throw new Error(`version probe failed (${result.status} ${result.exitCode ?? ""})`);
    return version;
  } finally {
    await sandbox.close();
  }
}

/** The first dotted version number a toolchain prints ("go version go1.19.8 linux/amd64" → "1.19.8"). */
export function parseVersion(text: string): string | null {
  return /\d+(?:\.\d+)+/.exec(text)?.[0] ?? null;
}
