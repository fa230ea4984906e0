import { isAppError, isProblemPackageError } from "@arbiter/core";
import { EnvError } from "./env";
import { UsageError } from "./usage";

/**
 * Prints a failure to stderr and returns the exit status: 2 for a wrong command line,
 * 1 for everything else. Expected failures print their message only; unexpected ones
 * a short line, with the stack when debugging.
 */
export function reportError(error: unknown, debug: boolean): number {
  if (error instanceof UsageError) {
    console.error(`Error: ${error.message}`);
    console.error(
      error.usage ? `Usage: npm run arbiter -- ${error.usage}` : "Run `npm run arbiter -- help` for usage.",
    );
    return 2;
  }
  if (isAppError(error) || isProblemPackageError(error) || error instanceof EnvError) {
    console.error(`Error: ${error.message}`);
    return 1;
  }
  console.error(`Unexpected error: ${summarize(error)}`);
  if (debug && error instanceof Error && error.stack) console.error(error.stack);
  else console.error("Set ARBITER_DEBUG=1 for details.");
  return 1;
}

/**
 * One line for an unexpected error. Prisma puts a code excerpt first and the cause
 * ("Can't reach database server at …") last, so the last non-empty line is kept.
 */
function summarize(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return (lines.at(-1) ?? (error instanceof Error ? error.name : "unknown error")).slice(0, 300);
}
