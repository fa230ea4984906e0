import { existsSync } from "node:fs";
import path from "node:path";

/** The .env that `npm run up` writes at the repository root. */
const REPO_ENV_FILE = path.resolve(import.meta.dirname, "../../../.env");

/**
 * Lets an operator run the CLI right after `npm run up` without exporting anything.
 * Variables already in the environment win over the file (Node's loadEnvFile never
 * overwrites them), so a preset DATABASE_URL still points the CLI elsewhere.
 */
export function loadRepoEnvFile(file = REPO_ENV_FILE): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
