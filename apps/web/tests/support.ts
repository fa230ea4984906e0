import { execFile } from "node:child_process";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/** The repository root (apps/web/tests/../../..). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Where screenshots go: $ARBITER_ARTIFACTS_DIR/screenshots, else <repo>/test-artifacts/screenshots. */
export const SCREENSHOT_DIR = path.join(
  process.env.ARBITER_ARTIFACTS_DIR ?? path.join(REPO_ROOT, "test-artifacts"),
  "screenshots",
);

/**
 * A variable the e2e tests need (set by infra/scripts/test.sh). Failing loudly rather
 * than skipping: a green run must mean the app was actually exercised.
 */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the e2e tests through \`npm test\` (infra/scripts/test.sh)`);
  return value;
}

/** The running app under test, without a trailing slash. */
export function baseUrl(): string {
  return requireEnv("ARBITER_BASE_URL").replace(/\/+$/, "");
}

/** How long judging one of these tests' solutions may take, a cold sandbox included, in milliseconds. */
export const VERDICT_TIMEOUT_MS = 120_000;

export async function ensureScreenshotDir(): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return SCREENSHOT_DIR;
}

/** Runs the Arbiter CLI from the repo root with the test environment; returns its stdout lines. */
export async function runCli(...args: string[]): Promise<string[]> {
  const { stdout } = await promisify(execFile)("npx", ["tsx", "apps/cli/src/main.ts", ...args], {
    cwd: REPO_ROOT,
    env: process.env,
    timeout: 60_000,
  });
  return stdout
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Creates an API token for `email` with the CLI (the token is its last line of output). */
export async function createToken(email: string): Promise<string> {
  const token = (await runCli("token:create", email, "--name", "e2e")).at(-1);
  if (!token) throw new Error(`token:create printed nothing for ${email}`);
  return token;
}

/** A Python 3 A+B solution that tolerates any whitespace between the numbers. */
export const APLUSB_CORRECT = "import sys\n\nprint(sum(map(int, sys.stdin.read().split())))\n";
/** Off by one on every test: Wrong Answer. */
export const APLUSB_WRONG = "import sys\n\nprint(sum(map(int, sys.stdin.read().split())) + 1)\n";

/**
 * Waits until a judge worker has registered `language` (workers do so at start-up,
 * which may finish after the web app answers health checks).
 */
export async function waitForLanguage(language: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${baseUrl()}/api/v1/languages`);
    if (response.ok) {
      const languages = (await response.json()) as { id: string }[];
      if (languages.some((l) => l.id === language)) return;
    }
    if (Date.now() > deadline) throw new Error(`no judge worker registered ${language} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
