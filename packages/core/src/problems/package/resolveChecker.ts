import { checkerConfigSchema, type CheckerConfig, type LanguageId } from "@arbiter/shared";
import { decodeText } from "./decodeText";
import { MAX_TEXT_FILE_BYTES } from "./packageLimits";
import { childrenOf, filesBelow, type PackageSource } from "./PackageSource";
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
 *   checker/), run with testlib's conventions.
 */
export async function resolveChecker(
  source: PackageSource,
  meta: ProblemMetadata,
  budget: ProgramBudget,
): Promise<{ checker: CheckerConfig; warnings: string[] }> {
  const warnings: string[] = [];
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
    return { checker: parse({ kind: "icpc", ...program, flags: meta.validatorFlags }), warnings };
  }
  if (childrenOf(source, "output_validators").length > 0) {
    warnings.push("output_validators/ is not used with validation: default: ignored");
  }
  return { checker: parseValidatorFlags(meta.validatorFlags), warnings };
}

/**
 * The single program in `dirRel`: a source file, or a directory holding exactly
 * one. Multi-file programs (headers, build scripts) are not supported yet.
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
  const [main] = files;
  if (!main || files.length > 1) {
    throw new ProblemPackageError(
      `${shown(program.rel)} has ${files.length} files; only single-file validators are supported for now ` +
        `(inline headers such as testlib.h or validate.h into one source file)`,
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
  return { language, source: text };
}

/** The contract every reader of `Problem.checker` parses with; a failure here is a bug, not a package error. */
function parse(config: unknown): CheckerConfig {
  return checkerConfigSchema.parse(config);
}
