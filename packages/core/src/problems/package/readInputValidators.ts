import type { LanguageId } from "@arbiter/shared";
import { MAX_PROGRAM_TOTAL_BYTES } from "./packageLimits";
import { childrenOf, filesBelow, type PackageSource } from "./PackageSource";
import { programLanguage } from "./programLanguage";
import type { ProgramBudget } from "./ProgramBudget";

/** One input validator program (a file, or a directory of files), kept in memory for verification. */
export interface PackageProgram {
  /** Path in the package of the file or directory. */
  rel: string;
  files: { rel: string; bytes: Uint8Array<ArrayBuffer> }[];
  /** For a single file, its language by extension; undefined for a directory, .ctd, .viva or an unknown extension. */
  language?: LanguageId;
}

/** Directories that hold input validators: the current name, then the deprecated one. */
const INPUT_VALIDATOR_DIRS = ["input_validators", "input_format_validators"];

/** Reads every input validator (programs, .ctd or .viva files) as is; they are never stored. */
export async function readInputValidators(source: PackageSource, budget: ProgramBudget): Promise<PackageProgram[]> {
  const programs: PackageProgram[] = [];
  for (const dir of INPUT_VALIDATOR_DIRS) {
    for (const program of childrenOf(source, dir)) {
      const entries = program.kind === "file" ? [program] : filesBelow(source, program.rel);
      const files = [];
      for (const entry of entries)
        files.push({ rel: entry.rel, bytes: await budget.read(entry.rel, MAX_PROGRAM_TOTAL_BYTES) });
      const language = program.kind === "file" ? programLanguage(program.rel) : undefined;
      programs.push({ rel: program.rel, files, ...(language ? { language } : {}) });
    }
  }
  return programs;
}
