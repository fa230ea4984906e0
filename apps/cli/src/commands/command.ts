import type { PrismaClient } from "@arbiter/db/client";
import type { CliEnv } from "../env";

export interface CommandContext {
  db: PrismaClient;
  env: CliEnv;
  /** Writes one line to stdout. Scripts rely on each command's last line. */
  print: (line: string) => void;
}

export interface Command {
  name: string;
  /** Arguments after the name, as shown in the usage text. */
  usage: string;
  summary: string;
  run(args: string[], ctx: CommandContext): Promise<void>;
}
