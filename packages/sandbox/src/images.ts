import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { LANGUAGES, type LanguageId } from "@arbiter/shared";

/** infra/sandbox in the repository, where the image definitions live. */
export const SANDBOX_INFRA_DIR = path.resolve(import.meta.dirname, "../../../infra/sandbox");
export const SUPERVISOR_DIR = path.join(SANDBOX_INFRA_DIR, "supervisor");

/** The supervisor's C sources and header, sorted so the hash is stable. */
export function supervisorFiles(): string[] {
  return readdirSync(SUPERVISOR_DIR)
    .filter((f) => /\.(c|h)$/.test(f))
    .sort()
    .map((f) => path.join(SUPERVISOR_DIR, f));
}
export const BASE_DEFINITION = path.join(SANDBOX_INFRA_DIR, "base/debootstrap.conf");

export function imageDockerfile(image: string): string {
  return path.join(SANDBOX_INFRA_DIR, "images", image, "Dockerfile");
}

function digestFiles(files: string[]): string {
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.relative(SANDBOX_INFRA_DIR, file)).update("\0").update(readFileSync(file));
  return hash.digest("hex").slice(0, 12);
}

/** The base image's tag: a hash of its definition, so it is rebuilt only when that changes. */
export function baseImageRef(): string {
  return `arbiter-sandbox-base:${digestFiles([BASE_DEFINITION])}`;
}

/** A language image's reference, tagged by the hash of everything that goes into it. */
export function sandboxImageRef(image: string): string {
  return `arbiter-sandbox-${image}:${digestFiles([BASE_DEFINITION, imageDockerfile(image), ...supervisorFiles()])}`;
}

export function imageForLanguage(language: LanguageId): string {
  return sandboxImageRef(LANGUAGES[language].image);
}

/** Every image family the language table uses, each once. */
export function allImageFamilies(): string[] {
  return [...new Set(Object.values(LANGUAGES).map((l) => l.image))];
}
