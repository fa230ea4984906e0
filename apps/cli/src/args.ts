import { parseArgs } from "node:util";
import { UsageError } from "./usage";

type Options = Record<string, { type: "string" | "boolean"; short?: string }>;

/**
 * `parseArgs` in strict mode with exactly the named positionals; its errors become
 * `UsageError`s carrying the command's usage line.
 */
export function parseCommandArgs<T extends Options>(
  args: string[],
  options: T,
  positionals: readonly string[],
  usage: string,
) {
  const parsed = (() => {
    try {
      return parseArgs({ args, options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error), usage);
    }
  })();
  const missing = positionals.slice(parsed.positionals.length);
  if (missing.length > 0) throw new UsageError(`Missing ${missing.map((p) => `<${p}>`).join(" ")}`, usage);
  const extra = parsed.positionals[positionals.length];
  if (extra !== undefined) throw new UsageError(`Unexpected argument "${extra}"`, usage);
  return parsed;
}
