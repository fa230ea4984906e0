import type { PrismaClient } from "@arbiter/db/client";
import type { CliEnv } from "../env";

export interface CommandContext {
  db: PrismaClient;
  env: CliEnv;
  /** Writes one line to stdout. Scripts rely on each command's last line. */
  print: (line: string) => void;
  /** Writes one warning line to stderr: something the operator should know that did not stop the command. */
  warn: (line: string) => void;
}

export interface Command {
  name: string;
  /** Arguments after the name, as shown in the usage text. */
  usage: string;
  summary: string;
  /** Resolves to the exit status (0 when nothing is returned); throws for failures that have a message. */
  run(args: string[], ctx: CommandContext): Promise<number | void>;
}
