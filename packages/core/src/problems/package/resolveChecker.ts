import { checkerConfigSchema, type CheckerConfig, type LanguageId } from "@arbiter/shared";
import { decodeText } from "./decodeText";
import { MAX_TEXT_FILE_BYTES } from "./packageLimits";
import { childrenOf, filesBelow, type PackageSource, type PackageSourceEntry } from "./PackageSource";
import type { ProblemMetadata } from "./parseProblemYaml";
import { parseValidatorFlags } from "./parseValidatorFlags";
import { ProblemPackageError, shown } from "./ProblemPackageError";
import { KNOWN_EXTENSIONS, programLanguage } from "./programLanguage";
import type { ProgramBudget } from "./ProgramBudget";

/**
 * Decides how output is checked:
 * - `validation: default` → the default checker, configured by `validator_flags`;
 * - `validation: custom [interactive]` → the one program in output_validators/,
 *   an ICPC validator (or interactor) given `validator_flags` as arguments;
 * - `arbiter.checker: testlib` → the one program in output_validators/ (or
 *   checker/), run with testlib's conventions;
 * - 2023-07's `output_validator/` (the directory is the program) means custom
 *   validation whatever else the package says: reading it as absent would judge with
 *   exact comparison where the author asked for their validator.
 */
export async function resolveChecker(
  source: PackageSource,
  meta: ProblemMetadata,
  budget: ProgramBudget,
): Promise<{ checker: CheckerConfig; warnings: string[] }> {
  const warnings: string[] = [];
  const modern = source.entries.get("output_validator")?.kind === "dir";
  if (modern && childrenOf(source, "output_validators").length > 0) {
    throw new ProblemPackageError("output_validator/ and output_validators/ both exist; keep one of them");
  }
  if (modern && !meta.testlibChecker) {
    const program = await readProgram(source, "output_validator", filesBelow(source, "output_validator"), meta, budget);
    if (meta.interactive) refuseUnrunnableInteractor(source, "output_validator", program.language);
    return { checker: parse({ kind: "icpc", ...program, flags: meta.validatorFlags }), warnings };
  }
  if (meta.testlibChecker) {
    if (meta.interactive) {
      throw new ProblemPackageError(
        "problem.yaml: interactors must follow the ICPC convention; remove arbiter.checker: testlib",
      );
    }
    const dir = childrenOf(source, "output_validators").length > 0 ? "output_validators" : "checker";
    const program = await readSingleProgram(source, dir, meta, budget);
    if (meta.validatorFlags.length > 0) warnings.push("validator_flags are not passed to testlib checkers: ignored");
    return { checker: parse({ kind: "testlib", ...program }), warnings };
  }
  if (meta.customValidation) {
    const program = await readSingleProgram(source, "output_validators", meta, budget);
    if (meta.interactive) refuseUnrunnableInteractor(source, "output_validators", program.language);
    return { checker: parse({ kind: "icpc", ...program, flags: meta.validatorFlags }), warnings };
  }
  if (childrenOf(source, "output_validators").length > 0) {
    warnings.push("output_validators/ is not used with validation: default: ignored");
  }
  return { checker: parseValidatorFlags(meta.validatorFlags), warnings };
}

/**
 * The single program in `dirRel`: a source file, or a directory holding one source
 * (and, for C and C++, the headers it includes).
 */
async function readSingleProgram(
  source: PackageSource,
  dirRel: string,
  meta: ProblemMetadata,
  budget: ProgramBudget,
): Promise<{ language: LanguageId; source: string }> {
  const programs = childrenOf(source, dirRel);
  const [program] = programs;
  if (!program) {
    throw new ProblemPackageError(`${dirRel}/ is missing or empty: custom validation needs its program there`);
  }
  if (programs.length > 1) {
    throw new ProblemPackageError(
      `${dirRel}/ has ${programs.length} programs (${programs
        .map((p) => shown(p.rel.slice(dirRel.length + 1)))
        .slice(0, 5)
        .join(", ")}); Arbiter supports exactly one`,
    );
  }
  const files = program.kind === "file" ? [program] : filesBelow(source, program.rel);
  return readProgram(source, program.rel, files, meta, budget);
}

const HEADER = /\.(h|hh|hpp|hxx)$/i;

/**
 * One program from its files: a single source, or one C/C++ source with the headers it
 * includes (`#include "validate.h"`), which are inlined in place so the program compiles
 * as one file in the sandbox.
 */
async function readProgram(
  source: PackageSource,
  programRel: string,
  files: readonly PackageSourceEntry[],
  meta: ProblemMetadata,
  budget: ProgramBudget,
): Promise<{ language: LanguageId; source: string }> {
  const sources = files.filter((f) => !HEADER.test(f.rel));
  const headers = files.filter((f) => HEADER.test(f.rel));
  const [main] = sources;
  if (!main || sources.length > 1) {
    throw new ProblemPackageError(
      `${shown(programRel)} has ${sources.length} source files (${sources
        .map((f) => shown(f.rel))
        .slice(0, 5)
        .join(", ")}); Arbiter builds validators from one source file, plus headers for C and C++`,
    );
  }
  const language = meta.checkerLanguage ?? programLanguage(main.rel);
  if (!language) {
    throw new ProblemPackageError(
      `Cannot tell the language of ${shown(main.rel)} from its extension (${KNOWN_EXTENSIONS}); set arbiter.checker_language`,
    );
  }
  const text = decodeText(await budget.read(main.rel, MAX_TEXT_FILE_BYTES), main.rel);
  if (text.trim() === "") throw new ProblemPackageError(`${shown(main.rel)} is empty`);
  if (headers.length === 0) return { language, source: text };
  if (language !== "c" && language !== "cpp") {
    throw new ProblemPackageError(
      `${shown(programRel)} has header files, which only C and C++ validators can use (this one is ${language})`,
    );
  }
  const texts = new Map<string, string>();
  for (const header of headers) {
    texts.set(
      header.rel.slice(header.rel.lastIndexOf("/") + 1),
      decodeText(await budget.read(header.rel, MAX_TEXT_FILE_BYTES), header.rel),
    );
  }
  return { language, source: inlineHeaders(text, texts) };
}

/**
 * Replaces each `#include "name"` of a header in `headers` (by file name) with its text,
 * recursively, each header once (as include guards or `#pragma once` would); other
 * includes stay as they are.
 */
export function inlineHeaders(text: string, headers: ReadonlyMap<string, string>, done = new Set<string>()): string {
  return text.replace(/^[ \t]*#[ \t]*include[ \t]*"([^"]+)"[^\n]*$/gm, (line, name: string) => {
    const file = name.slice(name.lastIndexOf("/") + 1);
    const header = headers.get(file);
    if (header === undefined) return line;
    if (done.has(file)) return "";
    done.add(file);
    return inlineHeaders(header.replace(/^[ \t]*#[ \t]*pragma[ \t]+once[^\n]*$/gm, ""), headers, done);
  });
}

/**
 * Interactors run beside the program in the program's own container, compiled to a
 * static binary, so only C and C++ can be run today: refused at import rather than
 * failing every judging with IE.
 */
function refuseUnrunnableInteractor(source: PackageSource, dirRel: string, language: LanguageId): void {
  if (language === "c" || language === "cpp") return;
  const [program] = childrenOf(source, dirRel);
  throw new ProblemPackageError(
    `${shown(program?.rel ?? dirRel)}: interactors must be C or C++ for now (they run beside the program, in its container)`,
  );
}

/** The contract every reader of `Problem.checker` parses with; a failure here is a bug, not a package error. */
function parse(config: unknown): CheckerConfig {
  return checkerConfigSchema.parse(config);
}
