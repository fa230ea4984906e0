import { createPrismaClient } from "@arbiter/db/client";
import { findCommand } from "./commands/index";
import { loadRepoEnvFile } from "./dotenv";
import { isDebug, loadEnv } from "./env";
import { usageText } from "./help";
import { reportError } from "./reportError";
import { UsageError } from "./usage";

/** Runs one CLI invocation and returns its exit status. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    console.log(usageText());
    return 0;
  }
  const command = findCommand(name);
  if (!command) throw new UsageError(`Unknown command "${name}"`);

  loadRepoEnvFile();
  const env = loadEnv();
  const db = createPrismaClient(env.databaseUrl);
  try {
    const status = await command.run(args, {
      db,
      env,
      print: (line) => console.log(line),
      warn: (line) => console.error(`Warning: ${line}`),
    });
    return status ?? 0;
  } finally {
    await db.$disconnect();
  }
}

// exitCode rather than exit(): lets stdout drain before the process ends.
process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => reportError(error, isDebug()));
