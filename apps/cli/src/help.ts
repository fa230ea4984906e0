import { COMMANDS } from "./commands/index";

/** The usage text printed by `help`, with no arguments, and after a usage error. */
export function usageText(): string {
  return [
    "Usage: npm run arbiter -- <command> [arguments]",
    "",
    "Commands:",
    ...COMMANDS.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    "  help",
    "      Show this text",
    "",
    "Environment: DATABASE_URL (required), ARBITER_DEBUG=1 to print stack traces.",
  ].join("\n");
}
