import type { PackageProgram } from "@arbiter/core";
import type { InputValidatorProgram } from "@arbiter/judge";

/** An input validator that verification runs, or one it skips and why. */
export type PlannedValidator = { rel: string; program: InputValidatorProgram } | { rel: string; skipped: string };

/** Validators in these formats need a tool the sandbox images do not have. */
const TOOLS: [RegExp, string][] = [
  [/\.ctd$/i, "checktestdata"],
  [/\.viva$/i, "viva"],
];

/**
 * Decides which of a package's input validators can run: single source files in a
 * language Arbiter knows (from the extension). Directories (multi-file programs with
 * build scripts), checktestdata and viva scripts are skipped, with the reason.
 */
export function planInputValidators(programs: readonly PackageProgram[]): PlannedValidator[] {
  return programs.map(({ rel, files, language }): PlannedValidator => {
    const [file] = files;
    const tool = TOOLS.find(([extension]) => extension.test(rel))?.[1];
    if (files.length !== 1 || file?.rel !== rel) {
      return { rel, skipped: "a directory; only single-file validators are run" };
    }
    if (tool) return { rel, skipped: `${tool} is not installed` };
    if (!language) return { rel, skipped: "its language is not known from the file extension" };
    const source = decodeUtf8(file.bytes);
    if (source === undefined) return { rel, skipped: "not UTF-8 text" };
    return { rel, program: { language, source } };
  });
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
