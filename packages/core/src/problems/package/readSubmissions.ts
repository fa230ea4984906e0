import { MAX_SOURCE_BYTES, type ExampleExpectation, type ExampleRule, type LanguageId } from "@arbiter/shared";
import { decodeText } from "./decodeText";
import { defaultDirectories, defaultDirectoryRule } from "./examples/defaultRules";
import { matchesPathOrAncestor } from "./examples/matchPathGlob";
import { parseExpectedResults } from "./examples/parseExpectedResults";
import { parseSubmissionsYaml, type SubmissionsYamlEntry } from "./examples/parseSubmissionsYaml";
import { MAX_TEXT_FILE_BYTES } from "./packageLimits";
import { childrenOf, type PackageSource } from "./PackageSource";
import { shown } from "./ProblemPackageError";
import { KNOWN_EXTENSIONS, programLanguage } from "./programLanguage";
import type { ProgramBudget } from "./ProgramBudget";

/** An example solution from submissions/<directory>/, with what it must get when judged. */
export interface PackageSubmission {
  /** Path below submissions/, e.g. "accepted/binary.py". */
  path: string;
  language: LanguageId;
  source: string;
  expectation: ExampleExpectation;
}

const YAML_REL = "submissions/submissions.yaml";

/**
 * Reads the example submissions and what each must get: its directory's default rule
 * (the format's table, legacy or 2023-07; submissions.yaml may override a directory's),
 * a DOMjudge `@EXPECTED_RESULTS@` line in its source (which replaces the directory's
 * rule, as DOMjudge does), and every submissions.yaml entry whose glob matches it. What
 * cannot be judged (multi-file programs, unknown languages, oversized or binary files,
 * programs without any expectation) is skipped with a warning; a submissions.yaml that
 * cannot be read fails the import.
 */
export async function readSubmissions(
  source: PackageSource,
  budget: ProgramBudget,
  options: { legacy: boolean },
): Promise<{ submissions: PackageSubmission[]; warnings: string[] }> {
  const entries =
    source.entries.get(YAML_REL)?.kind === "file"
      ? parseSubmissionsYaml(decodeText(await source.read(YAML_REL, MAX_TEXT_FILE_BYTES), YAML_REL))
      : [];
  const submissions: PackageSubmission[] = [];
  const warnings: string[] = [];
  for (const dir of childrenOf(source, "submissions")) {
    if (dir.rel === YAML_REL) continue;
    if (dir.kind !== "dir") {
      warnings.push(`${shown(dir.rel)}: example submissions go in a directory below submissions/: skipped`);
      continue;
    }
    for (const program of childrenOf(source, dir.rel)) {
      const path = program.rel.slice("submissions/".length);
      const skip = (why: string) => warnings.push(`${shown(program.rel)}: ${why}: skipped`);
      const matched = entries.filter((e) => matchesPathOrAncestor(e.glob, path));
      const language = [...matched].reverse().find((e) => e.language)?.language ?? programLanguage(program.rel);
      if (program.kind === "dir") skip("multi-file submissions are not supported");
      else if (!language) skip(`unknown language (use ${KNOWN_EXTENSIONS}, or give its language in ${YAML_REL})`);
      else if (program.size > MAX_SOURCE_BYTES) skip(`larger than ${MAX_SOURCE_BYTES / 1024} KiB`);
      else {
        const text = decodeSource(await budget.read(program.rel, MAX_SOURCE_BYTES));
        if (text === undefined) {
          skip("not UTF-8 text");
          continue;
        }
        const resolved = expectationOf(path, text, matched, options.legacy);
        if (typeof resolved === "string") {
          skip(resolved);
          continue;
        }
        warnings.push(...resolved.warnings.map((w) => `${shown(program.rel)}: ${w}`));
        submissions.push({ path, language, source: text, expectation: resolved.expectation });
      }
    }
  }
  return { submissions, warnings };
}

/** The expectation of one submission, or why it has none. */
function expectationOf(
  path: string,
  text: string,
  matched: readonly SubmissionsYamlEntry[],
  legacy: boolean,
): { expectation: ExampleExpectation; warnings: string[] } | string {
  const directory = path.split("/")[0] ?? "";
  const warnings: string[] = [];
  const annotation = parseExpectedResults(text);
  if (annotation.kind === "invalid") return annotation.reason;

  const rules: ExampleRule[] = [];
  if (annotation.kind === "results") {
    rules.push({
      origin: `@EXPECTED_RESULTS@: ${annotation.names.join(", ")}`,
      verdicts: annotation.verdicts,
      ...(annotation.score !== undefined ? { score: [annotation.score, annotation.score] } : {}),
    });
  } else {
    // An entry named exactly like the directory overrides its default, key by key (the format's rule).
    const override = matched.find((e) => e.glob === directory)?.rules.find((r) => r.tests === undefined);
    const base = defaultDirectoryRule(directory, legacy);
    if (base || override) rules.push({ ...base, ...override, origin: override?.origin ?? base?.origin ?? directory });
  }
  for (const entry of matched) {
    // A directory's own entry already replaced its default above; its test-group rules still apply.
    const replaced = entry.glob === directory && annotation.kind !== "results";
    for (const rule of replaced ? entry.rules.filter((r) => r.tests !== undefined) : entry.rules) {
      if (rule.tests !== undefined && rule.score) {
        warnings.push(`${rule.origin}: a test group's score is not checked (only the submission's score is)`);
        const { score: _score, ...rest } = rule;
        rules.push(rest);
      } else rules.push(rule);
    }
    if (entry.entrypoint !== undefined)
      warnings.push(`${entry.glob}: entrypoint ignored (Arbiter finds the entry point itself)`);
  }
  if (rules.length === 0) {
    return `no expected result: put it in ${defaultDirectories(legacy).join(", ")}, write an @EXPECTED_RESULTS@ line in it, or give it rules in ${YAML_REL}`;
  }
  return { expectation: { rules, timeLimitBound: timeLimitBound(rules, matched) }, warnings };
}

/**
 * Whether the submission's running times bound the time limit (the format's "Timelimit
 * inference"): `use_for_time_limit` when an entry gives it, else upper for one that must
 * time out, lower for one that must not.
 */
function timeLimitBound(
  rules: readonly ExampleRule[],
  matched: readonly SubmissionsYamlEntry[],
): ExampleExpectation["timeLimitBound"] {
  const explicit = [...matched].reverse().find((e) => e.useForTimeLimit !== undefined)?.useForTimeLimit;
  if (explicit === "lower" || explicit === "upper" || explicit === false) return explicit;
  if (rules.some((r) => r.required?.length === 1 && r.required[0] === "TLE")) return "upper";
  const neverSlow = rules.some(
    (r) => (r.permitted && !r.permitted.includes("TLE")) || (r.verdicts && !r.verdicts.includes("TLE")),
  );
  return neverSlow ? "lower" : false;
}

function decodeSource(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.includes("\u0000") ? undefined : text;
  } catch {
    return undefined;
  }
}
