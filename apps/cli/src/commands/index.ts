import type { Command } from "./command";
import { gradesExport } from "./gradesExport";
import { problemExport } from "./problemExport";
import { problemImport } from "./problemImport";
import { problemVerify } from "./problemVerify";
import { rejudge } from "./rejudge";
import { seed } from "./seed";
import { tokenCreate } from "./tokenCreate";
import { tokenList } from "./tokenList";
import { tokenRevoke } from "./tokenRevoke";
import { userCreate } from "./userCreate";
import { userPassword } from "./userPassword";

export type { Command, CommandContext } from "./command";

/** Every command, in the order the usage text lists them. */
export const COMMANDS: readonly Command[] = [
  userCreate,
  userPassword,
  tokenCreate,
  tokenList,
  tokenRevoke,
  problemImport,
  problemExport,
  problemVerify,
  rejudge,
  gradesExport,
  seed,
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
